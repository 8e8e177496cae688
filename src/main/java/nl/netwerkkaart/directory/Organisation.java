package nl.netwerkkaart.directory;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/** An organisation professionals work for and community resources are offered by. */
public record Organisation(String id, String name, String description, String website, String email, String phone,
                           ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    static Organisation from(Row row) {
        return new Organisation(row.string("id"), row.string("name"), row.string("description"), row.string("website"),
                row.string("email"), row.string("phone"), row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
