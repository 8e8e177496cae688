package nl.netwerkkaart.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code proposeMatch}; what the ids refer to is checked by the service. */
record ProposeMatchInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String helpQuestionId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String helperId,
        @Size(max = Match.MAX_NOTE) String note) {
}
