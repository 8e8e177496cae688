package nl.netwerkkaart.ladder;

import java.util.List;

import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.matching.ProfessionalRanking;
import org.springframework.stereotype.Component;

/**
 * The FIRST_LINE and SPECIALIST steps from the matching feature's ranking ({@code matchProfessionals}), split by
 * tier, so the ladder and the match search never disagree on who fits best. Scores are that ranking's 0–100, rounded.
 */
@Component
class RankedProfessionalSupport implements ProfessionalSupport {

    private final ProfessionalRanking ranking;
    private final LadderProperties properties;

    RankedProfessionalSupport(ProfessionalRanking ranking, LadderProperties properties) {
        this.ranking = ranking;
        this.properties = properties;
    }

    @Override
    public List<SupportOption> options(LadderQuestion question, Professional.Tier tier) {
        var step = tier == Professional.Tier.FIRST_LINE ? LadderStep.FIRST_LINE : LadderStep.SPECIALIST;
        return ranking.rank(question.helpQuestionId(), tier, properties.maxPerStep()).stream()
                .map(ranked -> new SupportOption(step, (int) Math.round(ranked.score()), ranked.reasons(), null, null,
                        ranked.professional()))
                .toList();
    }
}
