package nl.netwerkkaart.matching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code confirmMatch}. */
record ConfirmMatchInput(@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id) {
}
