package nl.netwerkkaart.network;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code updateNetworkPerson}. */
record UpdateNetworkPersonInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotBlank @Size(max = Limits.NAME) String givenName,
        @Size(max = Limits.NAME) String familyName,
        LocalDate birthDate,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String areaId,
        @Min(1) Integer expectedVersion) {
}
