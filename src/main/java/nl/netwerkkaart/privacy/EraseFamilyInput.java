package nl.netwerkkaart.privacy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code eraseFamily}; that {@code confirmName} is the family's name is checked by the service. */
record EraseFamilyInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotBlank @Size(max = Limits.NAME) String confirmName) {
}
