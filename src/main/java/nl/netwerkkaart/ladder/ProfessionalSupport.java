package nl.netwerkkaart.ladder;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.matching.QuestionNeeds;

/** The FIRST_LINE and SPECIALIST steps; {@link RankedProfessionalSupport} adapts the matching feature's ranking. */
public interface ProfessionalSupport {

    /**
     * Professionals of each tier for the question, best first, each with the step of that tier; both tiers at once.
     * {@code needs} are the question's.
     */
    Map<Professional.Tier, List<SupportOption>> options(LadderQuestion question, QuestionNeeds needs);
}
