package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.graph.Row;

/** One agreement made in a tent session ({@code (:TentSession)-[:AGREED]->(:Agreement)}). */
public record Agreement(String id, String text, String tentSessionId, FamilyCoach responsible, LocalDate dueDate,
                        ZonedDateTime createdAt) {

    static Agreement from(Row row) {
        var responsible = row.row("responsible");
        return new Agreement(row.string("id"), row.string("text"), row.string("tentSessionId"),
                responsible == null ? null : FamilyCoach.from(responsible), row.date("dueDate"), row.dateTime("createdAt"));
    }
}
