package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;

/** A member of one or more families; {@code version} counts the changes of the person's own fields. */
public record Person(String id, String givenName, String familyName, LocalDate birthDate, List<String> languages,
                     ZonedDateTime createdAt, ZonedDateTime updatedAt, int version) {

    private static final int MAX_AGE = 120;

    public static Person from(Row row) {
        return new Person(row.string("id"), row.string("givenName"), row.string("familyName"), row.date("birthDate"),
                row.strings("languages"), row.dateTime("createdAt"), row.dateTime("updatedAt"), Versions.of(row));
    }

    /** Age in whole years on {@code day} (the GraphQL field {@code age}: today); null when the birth date is unknown. */
    public Integer ageOn(LocalDate day) {
        return birthDate == null ? null : Period.between(birthDate, day).getYears();
    }

    /** Why {@code birthDate} cannot be right on {@code today}, if it cannot. */
    static Optional<String> implausible(LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            return Optional.empty();
        }
        if (birthDate.isAfter(today)) {
            return Optional.of("must not be in the future");
        }
        if (birthDate.isBefore(today.minusYears(MAX_AGE))) {
            return Optional.of("must not be more than " + MAX_AGE + " years ago");
        }
        return Optional.empty();
    }
}
