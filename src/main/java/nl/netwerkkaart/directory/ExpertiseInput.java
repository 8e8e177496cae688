package nl.netwerkkaart.directory;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code createExpertise} and {@code updateExpertise}; {@code id} only for updates. */
record ExpertiseInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.DESCRIPTION) String description,
        @NotNull @Size(min = 1, max = Limits.LIST) List<@NotNull LifeDomainCode> lifeDomains,
        @Size(max = Limits.LIST) List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> broaderIds) {
}
