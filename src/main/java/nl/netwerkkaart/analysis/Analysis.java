package nl.netwerkkaart.analysis;

import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/**
 * The explanatory analysis of one help question, read as one document: its hypotheses with their evidence and its
 * protective factors come with it, so nested fields need no query of their own.
 */
public record Analysis(String id, String helpQuestionId, String familyId, String summary, List<Hypothesis> hypotheses,
                       List<AnalysisFactor> protectiveFactors, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    static final int MAX_TEXT = 2000;
    static final int MAX_HYPOTHESES = 20;
    static final int MAX_LIFE_DOMAINS = 5;

    /** A possible explanation of the problem, with the evidence for and against it. */
    public record Hypothesis(String text, List<String> lifeDomains, List<AnalysisFactor> supportingEvidence,
                             List<AnalysisFactor> contradictingEvidence) {

        static Hypothesis from(Row row) {
            return new Hypothesis(row.string("text"), row.strings("lifeDomains"),
                    row.rows("supportingEvidence").stream().map(AnalysisFactor::from).toList(),
                    row.rows("contradictingEvidence").stream().map(AnalysisFactor::from).toList());
        }
    }

    /** A piece of evidence or a protective factor. */
    public record AnalysisFactor(String text, List<String> lifeDomains) {

        static AnalysisFactor from(Row row) {
            return new AnalysisFactor(row.string("text"), row.strings("lifeDomains"));
        }
    }

    static Analysis from(Row row) {
        return new Analysis(row.string("id"), row.string("helpQuestionId"), row.string("familyId"), row.string("summary"),
                row.rows("hypotheses").stream().map(Hypothesis::from).toList(),
                row.rows("protectiveFactors").stream().map(AnalysisFactor::from).toList(),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
