package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/** An expertisetent held for one family; {@code familyId} is the family it is FOR_FAMILY. */
public record TentSession(String id, LocalDate date, TentSessionStatus status, String location, String agreements,
                          String familyId, String cancellationReason, ZonedDateTime createdAt,
                         ZonedDateTime updatedAt) {

    static TentSession from(Row row) {
        return new TentSession(row.string("id"), row.date("date"), TentSessionStatus.valueOf(row.string("status")),
                row.string("location"), row.string("agreements"), row.string("familyId"), row.string("cancellationReason"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
