package nl.netwerkkaart.network;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code endNetworkTie}. */
record EndNetworkTieInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String tieId,
        LocalDate validTo,
        @Size(max = Limits.SHORT_TEXT) String reason,
        @Min(1) Integer expectedVersion) {
}
