package nl.netwerkkaart.dossier;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/**
 * One entry of a family's case timeline. Match details are plain fields, so the timeline reads Match nodes by the
 * graph-model contract without depending on the matching feature's types.
 */
public record TimelineEntry(Kind kind, ZonedDateTime at, String title, String text, String itemId, String helpQuestionId,
                            String tentSessionId, String handoverNoteId, String matchStatus, String matchOutcome,
                            String ladderStep, String helperName) {

    /** What the entry is about; also the order of entries at the same moment. */
    public enum Kind { HELP_QUESTION, ANALYSIS, TENT_SESSION, AGREEMENT, MATCH, HANDOVER_NOTE, HELP_QUESTION_CLOSED }

    static TimelineEntry from(Row row) {
        return new TimelineEntry(Kind.valueOf(row.string("kind")), row.dateTime("at"), row.string("title"), row.string("text"),
                row.string("itemId"), row.string("helpQuestionId"), row.string("tentSessionId"), row.string("handoverNoteId"),
                row.string("matchStatus"), row.string("matchOutcome"), row.string("ladderStep"), row.string("helperName"));
    }
}
