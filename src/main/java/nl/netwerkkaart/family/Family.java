package nl.netwerkkaart.family;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/** A household with help questions, coached by a gezinscoach; {@code version} counts the changes of its own fields. */
public record Family(String id, String name, String reference, String coachId,
                     ZonedDateTime createdAt, ZonedDateTime updatedAt, int version) {

    static final int MAX_REFERENCE = 50;

    static Family from(Row row) {
        return new Family(row.string("id"), row.string("name"), row.string("reference"), row.string("coachId"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"), Versions.of(row));
    }
}
