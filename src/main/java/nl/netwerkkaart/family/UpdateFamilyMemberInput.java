package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/**
 * Fields of {@code updateFamilyMember}: a member's role and authority in one family and, when {@code givenName} is
 * given, the person's own fields too (as {@code updatePerson} sets them: an optional field left out is cleared), all
 * in one transaction. The constraints here are the membership's; the person's own fields are checked as
 * {@link UpdatePersonInput} (through {@link #person()}), so the two mutations cannot drift apart.
 */
record UpdateFamilyMemberInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotNull MemberRole role,
        @NotNull Boolean authority,
        String givenName,
        String familyName,
        LocalDate birthDate,
        List<String> languages,
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
