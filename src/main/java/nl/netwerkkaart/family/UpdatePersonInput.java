package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code updatePerson}: everything of the person except their place in a family. */
record UpdatePersonInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String givenName,
        @Size(max = Limits.NAME) String familyName,
        LocalDate birthDate,
        @Size(max = Limits.LIST) List<@Pattern(regexp = Limits.LANGUAGE_PATTERN, message = "must be an ISO 639-1 code") String> languages,
        @Min(1) Integer expectedVersion) {
}
