package nl.netwerkkaart.family;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code addFamilyMember}: the new membership and its family, or why nothing was written. */
record FamilyMemberPayload(FamilyMember member, Family family, List<UserError> userErrors) {

    static FamilyMemberPayload of(FamilyMember member, Family family) {
        return new FamilyMemberPayload(member, family, List.of());
    }

    static FamilyMemberPayload failed(List<UserError> errors) {
        return new FamilyMemberPayload(null, null, errors);
    }
}
