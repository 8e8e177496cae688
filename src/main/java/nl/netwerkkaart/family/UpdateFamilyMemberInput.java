package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/**
 * Fields of {@code updateFamilyMember}: a member's role and authority in one family and, when {@code givenName} is
 * given, the person's own fields too (as {@code updatePerson} sets them: an optional field left out is cleared), all
 * in one transaction.
 */
record UpdateFamilyMemberInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotNull MemberRole role,
        @NotNull Boolean authority,
        @Size(max = Limits.NAME) String givenName,
        @Size(max = Limits.NAME) String familyName,
        LocalDate birthDate,
        @Size(max = Limits.LIST) List<@Pattern(regexp = Limits.LANGUAGE_PATTERN, message = "must be an ISO 639-1 code") String> languages,
        @Min(1) Integer expectedVersion) {

    /** Whether the person's own fields change too. */
    boolean changesPerson() {
        return givenName != null;
    }

    /** The person's own fields as {@code updatePerson} takes them. */
    UpdatePersonInput person() {
        return new UpdatePersonInput(personId, givenName, familyName, birthDate, languages, expectedVersion);
    }
}
