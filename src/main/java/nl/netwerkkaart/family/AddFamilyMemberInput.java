package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code addFamilyMember}: the family, the new person and their place in it. */
record AddFamilyMemberInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotBlank @Size(max = Limits.NAME) String givenName,
        @Size(max = Limits.NAME) String familyName,
        LocalDate birthDate,
        @NotNull MemberRole role,
        Boolean authority,
        @Size(max = Limits.LIST) List<@Pattern(regexp = Limits.LANGUAGE_PATTERN, message = "must be an ISO 639-1 code") String> languages) {

    boolean hasAuthority() {
        return Boolean.TRUE.equals(authority);
    }
}
