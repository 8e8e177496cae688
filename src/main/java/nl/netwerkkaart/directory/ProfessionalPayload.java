package nl.netwerkkaart.directory;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a professional mutation: the professional, or why nothing was written. */
record ProfessionalPayload(Professional professional, List<UserError> userErrors) {

    static ProfessionalPayload of(Professional professional) {
        return new ProfessionalPayload(professional, List.of());
    }

    static ProfessionalPayload failed(List<UserError> errors) {
        return new ProfessionalPayload(null, errors);
    }
}
