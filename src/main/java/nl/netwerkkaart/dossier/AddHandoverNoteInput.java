package nl.netwerkkaart.dossier;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code addHandoverNote}. */
record AddHandoverNoteInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @NotBlank @Size(max = HandoverNote.MAX_TEXT) String text,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String recipientProfessionalId) {
}
