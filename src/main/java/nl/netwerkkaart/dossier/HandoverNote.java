package nl.netwerkkaart.dossier;

import java.time.ZonedDateTime;

import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.graph.Row;

/** A note for passing a family's case on, written by its coach, optionally meant for one professional. */
public record HandoverNote(String id, String text, String familyId, FamilyCoach author, FamilyCoach recipient,
                           ZonedDateTime createdAt) {

    static final int MAX_TEXT = 4000;

    static HandoverNote from(Row row) {
        var author = row.row("author");
        var recipient = row.row("recipient");
        return new HandoverNote(row.string("id"), row.string("text"), row.string("familyId"),
                author == null ? null : FamilyCoach.from(author), recipient == null ? null : FamilyCoach.from(recipient),
                row.dateTime("createdAt"));
    }
}
