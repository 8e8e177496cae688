package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Professional;

/**
 * A professional ranked for a help question.
 *
 * @param score              the sum of the parts' points, 0 to 100
 * @param coveredLifeDomains codes of the question's life domains the professional's expertises lie in
 * @param scoreParts         one per {@link MatchCriterion}, in its order
 * @param fitsNeed           whether an expertise fits one of the question's needs; whoever does not ranks below all
 *                           who do
 */
public record RankedProfessional(Professional professional, double score, ExpertiseFit expertiseFit,
                                 List<String> coveredLifeDomains, List<ScorePart> scoreParts, boolean fitsNeed) {

    /** The GraphQL field {@code reasons}: the parts' reasons in Dutch, in the same order. */
    public List<String> reasons() {
        return scoreParts.stream().map(ScorePart::reason).toList();
    }
}
