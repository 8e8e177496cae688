package nl.netwerkkaart.directory;

import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** A professional (beroepskracht) with expertises, working for an organisation and serving areas. */
public record Professional(String id, String name, String discipline, String description, String email, String phone,
                           Tier tier, List<String> languages, Integer capacity, boolean acceptingClients, boolean coach,
                           ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    /** First-line (generalist, close to the family) or specialist help. */
    public enum Tier { FIRST_LINE, SPECIALIST }

    public static Professional from(Row row) {
        var tier = row.string("tier");
        return new Professional(row.string("id"), row.string("name"), row.string("discipline"), row.string("description"),
                row.string("email"), row.string("phone"), tier == null ? null : Tier.valueOf(tier), row.strings("languages"),
                row.integer("capacity"), row.bool("acceptingClients"), row.bool("coach"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
