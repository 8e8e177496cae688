package nl.netwerkkaart.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** One expertise of a professional in a create or update. */
record ProfessionalExpertiseInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String expertiseId,
        @NotNull ExpertiseLevel level) {
}
