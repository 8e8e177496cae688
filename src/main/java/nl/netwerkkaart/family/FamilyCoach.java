package nl.netwerkkaart.family;

import nl.netwerkkaart.graph.Row;

/** Contact details of the professional coaching a family or directing a tent session. */
public record FamilyCoach(String id, String name, String email, String phone) {

    public static FamilyCoach from(Row row) {
        return new FamilyCoach(row.string("id"), row.string("name"), row.string("email"), row.string("phone"));
    }
}
