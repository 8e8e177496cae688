package nl.netwerkkaart.family;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a family mutation: the family, or why nothing was written. */
record FamilyPayload(Family family, List<UserError> userErrors) {

    static FamilyPayload of(Family family) {
        return new FamilyPayload(family, List.of());
    }

    static FamilyPayload failed(List<UserError> errors) {
        return new FamilyPayload(null, errors);
    }
}
