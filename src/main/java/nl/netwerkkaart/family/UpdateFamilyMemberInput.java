package nl.netwerkkaart.family;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code updateFamilyMember}: a member's role and authority in one family. */
record UpdateFamilyMemberInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotNull MemberRole role,
        @NotNull Boolean authority) {
}
