package nl.netwerkkaart.consent;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code recordConsent}; that the ids and scopes differ and the givers suffice is checked by the service. */
record RecordConsentInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Size(min = 1, max = Limits.LIST) List<@Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> givenByPersonIds,
        @NotNull @Size(min = 1, max = RecordConsentInput.MAX_SCOPES) List<ConsentScope> scopes,
        LocalDate validUntil,
        @Size(max = Limits.SHORT_TEXT) String note) {

    static final int MAX_SCOPES = 3;
}
