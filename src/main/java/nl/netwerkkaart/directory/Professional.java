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

    /**
     * A professional as stored. Data the service did not write (an import, a hand-made record) may lack values the
     * schema promises: no discipline reads as empty, no tier as first line and no capacity as no open place, so one
     * such record never breaks a list it is in.
     */
    public static Professional from(Row row) {
        var tier = row.string("tier");
        var capacity = row.integer("capacity");
        var discipline = row.string("discipline");
        return new Professional(row.string("id"), row.string("name"), discipline == null ? "" : discipline, row.string("description"),
                row.string("email"), row.string("phone"), tier == null ? Tier.FIRST_LINE : Tier.valueOf(tier), row.strings("languages"),
                capacity == null ? 0 : capacity, row.bool("acceptingClients"), row.bool("coach"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
