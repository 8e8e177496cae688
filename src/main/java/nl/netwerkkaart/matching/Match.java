package nl.netwerkkaart.matching;

import java.time.Duration;
import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/**
 * A help question matched to a helper. {@code questionCreatedAt} is when the help question was recorded, the start
 * of time to match and time to start.
 */
public record Match(String id, MatchStatus status, LadderStep ladderStep, MatchOutcome outcome, String note,
                    String helpQuestionId, String familyId, String helperId, ZonedDateTime questionCreatedAt,
                    ZonedDateTime proposedAt, ZonedDateTime confirmedAt, ZonedDateTime startedAt, ZonedDateTime closedAt,
                    ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    static final int MAX_NOTE = 500;

    static Match from(Row row) {
        var outcome = row.string("outcome");
        return new Match(row.string("id"), MatchStatus.valueOf(row.string("status")), LadderStep.valueOf(row.string("ladderStep")),
                outcome == null ? null : MatchOutcome.valueOf(outcome), row.string("note"), row.string("helpQuestionId"),
                row.string("familyId"), row.string("helperId"), row.dateTime("questionCreatedAt"), row.dateTime("proposedAt"),
                row.dateTime("confirmedAt"), row.dateTime("startedAt"), row.dateTime("closedAt"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }

    /** The GraphQL field {@code timeToMatch}: question recorded to klik, as an ISO 8601 duration. */
    public String timeToMatch() {
        return since(confirmedAt);
    }

    /** The GraphQL field {@code timeToStart}: question recorded to start of the help, as an ISO 8601 duration. */
    public String timeToStart() {
        return since(startedAt);
    }

    private String since(ZonedDateTime moment) {
        return moment == null || questionCreatedAt == null ? null : Duration.between(questionCreatedAt, moment).toString();
    }
}
