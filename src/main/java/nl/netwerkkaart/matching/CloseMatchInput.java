package nl.netwerkkaart.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code closeMatch}. */
record CloseMatchInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotNull MatchOutcome outcome,
        @Size(max = Match.MAX_NOTE) String note) {
}
