package nl.netwerkkaart.network;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code endNetworkPerson}. */
record EndNetworkPersonInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        LocalDate validTo) {
}
