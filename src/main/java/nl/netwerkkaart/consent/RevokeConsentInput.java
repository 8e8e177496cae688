package nl.netwerkkaart.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code revokeConsent}. */
record RevokeConsentInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String consentId,
        @Size(max = Limits.SHORT_TEXT) String reason) {
}
