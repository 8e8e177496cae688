package nl.netwerkkaart.directory;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of an expertise mutation: the expertise, or why nothing was written. */
record ExpertisePayload(Expertise expertise, List<UserError> userErrors) {

    static ExpertisePayload of(Expertise expertise) {
        return new ExpertisePayload(expertise, List.of());
    }

    static ExpertisePayload failed(List<UserError> errors) {
        return new ExpertisePayload(null, errors);
    }
}
