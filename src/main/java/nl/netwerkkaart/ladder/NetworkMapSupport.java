package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.matching.QuestionNeeds;
import nl.netwerkkaart.network.NetworkService;
import org.springframework.stereotype.Component;

/**
 * The NETWORK step: the persons of the family's current map ({@code networkSupportFor}'s candidates) who fit the
 * question's needs, with their score on the 0 to 100 scale of every ladder step. The network feature scores them, in
 * the same pass that ranks them ({@code SupportRanking}, docs/tent.md): a person who gives none of the kinds of support
 * the question asks for does not fit it and is not shown. Empty when the user may not see the family's network map: a
 * tent participant needs the family's consent to share it.
 */
@Component
class NetworkMapSupport implements NetworkSupport {

    private final NetworkService network;
    private final LadderProperties properties;

    NetworkMapSupport(NetworkService network, LadderProperties properties) {
        this.network = network;
        this.properties = properties;
    }

    @Override
    public List<SupportOption> options(LadderQuestion question, QuestionNeeds needs) {
        var options = new ArrayList<SupportOption>();
        for (var candidate : network.supportFor(question.helpQuestionId(), needs).orElse(List.of())) {
            var fit = candidate.ladder();
            if (fit != null) {
                options.add(new SupportOption(LadderStep.NETWORK, fit.score(), fit.reasons(), candidate.person(), null, null));
            }
        }
        options.sort(Comparator.comparingInt(SupportOption::score).reversed()
                .thenComparing(option -> option.person().familyName() == null ? "" : option.person().familyName())
                .thenComparing(option -> option.person().givenName())
                .thenComparing(option -> option.person().id()));
        return options.stream().limit(properties.maxPerStep()).toList();
    }
}
