package nl.netwerkkaart.community;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** Input of {@code verifyCommunityResource}. */
record VerifyCommunityResourceInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @PastOrPresent LocalDate verifiedAt) {
}
