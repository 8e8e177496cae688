package nl.netwerkkaart.family;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code createFamily} and {@code updateFamily}; {@code id} and {@code expectedVersion} only for updates. */
record FamilyInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Family.MAX_REFERENCE) String reference,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String areaId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String coachId,
        @Min(1) Integer expectedVersion) {
}
