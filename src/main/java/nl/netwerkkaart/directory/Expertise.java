package nl.netwerkkaart.directory;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/** A term of the expertise taxonomy, e.g. Schuldhulpverlening; terms are linked narrower → broader. */
public record Expertise(String id, String name, String description, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    public static Expertise from(Row row) {
        return new Expertise(row.string("id"), row.string("name"), row.string("description"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
