package nl.netwerkkaart.family;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code updateHelpQuestion}; the family a question belongs to never changes. */
record UpdateHelpQuestionInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = HelpQuestion.MAX_TEXT) String text,
        @NotNull @Size(min = 1, max = HelpQuestion.MAX_LIFE_DOMAINS) List<String> lifeDomains,
        Urgency urgency,
        @NotNull HelpQuestionStatus status,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String aboutPersonId,
        @Size(max = HelpQuestion.MAX_NEEDED_EXPERTISES)
        List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> neededExpertiseIds,
        @Min(1) Integer expectedVersion) {
}
