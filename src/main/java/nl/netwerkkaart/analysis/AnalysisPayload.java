package nl.netwerkkaart.analysis;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code saveAnalysis}: the analysis, or why nothing was written. */
record AnalysisPayload(Analysis analysis, List<UserError> userErrors) {

    static AnalysisPayload of(Analysis analysis) {
        return new AnalysisPayload(analysis, List.of());
    }

    static AnalysisPayload failed(List<UserError> errors) {
        return new AnalysisPayload(null, errors);
    }
}
