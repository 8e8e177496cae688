package nl.netwerkkaart.ladder;

import java.util.List;

import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.network.NetworkService;
import org.springframework.stereotype.Component;

/**
 * The NETWORK step from the network map's own ranking ({@code networkSupportFor}), so both always agree. A reason
 * against asking someone (a stressful tie, say) is kept, marked with a leading minus sign. Empty when the user may not
 * see the family's network map: a tent participant needs the family's consent to share it.
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
    public List<SupportOption> options(LadderQuestion question) {
        return network.supportFor(question.helpQuestionId()).orElse(List.of()).stream()
                .limit(properties.maxPerStep())
                .map(candidate -> new SupportOption(LadderStep.NETWORK, candidate.score(),
                        candidate.reasons().stream()
                                .map(reason -> reason.minus() ? "− " + reason.text() : reason.text())
                                .toList(),
                        candidate.person(), null, null))
                .toList();
    }
}
