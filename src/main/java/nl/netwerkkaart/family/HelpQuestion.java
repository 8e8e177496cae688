package nl.netwerkkaart.family;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/**
 * What a family wants help with; {@code familyId} is the family that RAISED it, {@code version} counts the changes of
 * the question (its fields and its status).
 */
public record HelpQuestion(String id, String text, Urgency urgency, HelpQuestionStatus status, String familyId,
                           ZonedDateTime createdAt, ZonedDateTime updatedAt, ZonedDateTime closedAt, int version) {

    static final int MAX_TEXT = 2000;
    static final int MAX_LIFE_DOMAINS = 5;
    static final int MAX_NEEDED_EXPERTISES = 10;

    public static HelpQuestion from(Row row) {
        return new HelpQuestion(row.string("id"), row.string("text"), Urgency.valueOf(row.string("urgency")),
                HelpQuestionStatus.valueOf(row.string("status")), row.string("familyId"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"), row.dateTime("closedAt"), Versions.of(row));
    }
}
