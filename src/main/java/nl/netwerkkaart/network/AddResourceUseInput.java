package nl.netwerkkaart.network;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code addResourceUse}. */
record AddResourceUseInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String resourceId,
        LocalDate validFrom) {
}
