package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.time.Period;

import nl.netwerkkaart.graph.Row;

/**
 * A person on a family's network map. {@code household}, {@code memberRole} and {@code kernId} (the kern the person
 * lives in or whose wijk they live in) serve the analysis and are not all in the schema. {@code version} counts the
 * changes of the person's own fields, for optimistic concurrency.
 */
public record NetworkPerson(String id, String givenName, String familyName, LocalDate birthDate, String areaId,
                            String areaName, String kernId, boolean household, String memberRole,
                            LocalDate inNetworkFrom, LocalDate inNetworkTo, int version) {

    static final int ADULT_AGE = 18;

    static NetworkPerson from(Row row) {
        return new NetworkPerson(row.string("id"), row.string("givenName"), row.string("familyName"), row.date("birthDate"),
                row.string("areaId"), row.string("areaName"), row.string("kernId"), row.bool("household"),
                row.string("memberRole"), row.date("inNetworkFrom"), row.date("inNetworkTo"),
                row.integer("version"));
    }

    /** Age in whole years on {@code day} (the GraphQL field {@code age}: today); null when the birth date is unknown. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    /** Adults on {@code day}, and persons of unknown age, who outside the household are mostly grown-ups. */
    boolean adultOn(LocalDate day) {
        return birthDate == null || ageOn(day) >= ADULT_AGE;
    }

    boolean child() {
        return "CHILD".equals(memberRole);
    }

    /** Sort key: family name, then given name, then id. */
    String sortName() {
        return (familyName == null ? "" : familyName) + "\u0000" + givenName + "\u0000" + id;
    }
}
