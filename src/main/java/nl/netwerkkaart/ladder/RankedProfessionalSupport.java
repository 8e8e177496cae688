package nl.netwerkkaart.ladder;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.matching.ProfessionalRanking;
import nl.netwerkkaart.matching.QuestionNeeds;
import org.springframework.stereotype.Component;

/**
 * The FIRST_LINE and SPECIALIST steps from the matching feature's ranking ({@code matchProfessionals}), split by
 * tier, so the ladder and the match search never disagree on who fits best. Scores are that ranking's 0–100, rounded.
 * One ranking serves both tiers.
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
    public Map<Professional.Tier, List<SupportOption>> options(LadderQuestion question, QuestionNeeds needs) {
        var options = new EnumMap<Professional.Tier, List<SupportOption>>(Professional.Tier.class);
        ranking.rankPerTier(question.helpQuestionId(), needs, properties.maxPerStep()).forEach((tier, ranked) -> {
            var step = tier == Professional.Tier.FIRST_LINE ? LadderStep.FIRST_LINE : LadderStep.SPECIALIST;
            options.put(tier, ranked.stream()
                    .map(professional -> new SupportOption(step, (int) Math.round(professional.score()), professional.reasons(),
                            null, null, professional.professional()))
                    .toList());
        });
        return options;
    }
}
