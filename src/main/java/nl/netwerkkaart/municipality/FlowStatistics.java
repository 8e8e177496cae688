package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.util.List;

/**
 * Inflow, throughflow and outflow of help questions and how matching went, per period and for the whole range.
 *
 * @param overall              the same measures over the whole range from {@code from} to {@code to}
 * @param zrmChanges           per life domain, the change in ZRM score between the first and the latest assessment
 * @param erasedHelpQuestions  help questions of erased families, for the calendar years wholly inside the range
 * @param erasedFamilies       erased families, for the calendar years wholly inside the range
 */
public record FlowStatistics(String municipalityId, LocalDate from, LocalDate to, Granularity granularity,
                             int minimumCellSize, List<FlowPeriod> periods, FlowPeriod overall,
                             List<ZrmChange> zrmChanges, Count erasedHelpQuestions, Count erasedFamilies) {

    /** The measures of one period, from {@code start} to {@code end} inclusive. */
    public record FlowPeriod(String label, LocalDate start, LocalDate end, Count inflow, Count throughflow,
                             Count outflow, TimeStatistic timeToMatch, TimeStatistic timeToStart,
                             Count confirmedMatches, List<LadderStepCount> ladderSteps, Double normalisingShare,
                             Count closedMatches, List<OutcomeCount> outcomes) {
    }

    /** Median and 90th percentile in days over {@code count} help questions; null when the count is suppressed. */
    public record TimeStatistic(Count count, Double medianDays, Double percentile90Days) {
    }

    /** Confirmed matches at one ladder step and their share of all confirmed matches (null when suppressed). */
    public record LadderStepCount(String ladderStep, Count matches, Double share) {
    }

    /** Closed matches with one outcome. */
    public record OutcomeCount(String outcome, Count matches) {
    }

    /**
     * How ZRM scores of one life domain changed between each assessed subject's first and latest assessment.
     * {@code averageChange} is null when {@code subjects} is suppressed.
     */
    public record ZrmChange(String lifeDomain, Count subjects, Double averageChange, Count improved, Count unchanged,
                            Count worsened) {
    }
}
