package nl.netwerkkaart.network;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of recording an assessment. */
record AssessmentPayload(Assessment assessment, List<UserError> userErrors) {

    static AssessmentPayload of(Assessment assessment) {
        return new AssessmentPayload(assessment, List.of());
    }

    static AssessmentPayload failed(List<UserError> errors) {
        return new AssessmentPayload(null, errors);
    }
}
