package nl.netwerkkaart.ladder;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Until the network feature's ties (who supports the family, with which kind of support) are in the graph model, there
 * is nothing to rank on, so the step stays empty rather than guess; see docs/tent.md.
 */
@Component
class NoNetworkSupport implements NetworkSupport {

    @Override
    public List<SupportOption> options(LadderQuestion question) {
        return List.of();
    }
}
