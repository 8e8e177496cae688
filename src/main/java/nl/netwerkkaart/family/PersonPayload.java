package nl.netwerkkaart.family;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a person mutation: the person, or why nothing was written. */
record PersonPayload(Person person, List<UserError> userErrors) {

    static PersonPayload of(Person person) {
        return new PersonPayload(person, List.of());
    }

    static PersonPayload failed(List<UserError> errors) {
        return new PersonPayload(null, errors);
    }
}
