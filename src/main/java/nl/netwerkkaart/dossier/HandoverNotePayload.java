package nl.netwerkkaart.dossier;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code addHandoverNote}: the note, or why nothing was written. */
record HandoverNotePayload(HandoverNote handoverNote, List<UserError> userErrors) {

    static HandoverNotePayload of(HandoverNote note) {
        return new HandoverNotePayload(note, List.of());
    }

    static HandoverNotePayload failed(List<UserError> errors) {
        return new HandoverNotePayload(null, errors);
    }
}
