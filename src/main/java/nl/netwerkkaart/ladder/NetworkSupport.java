package nl.netwerkkaart.ladder;

import java.util.List;

import nl.netwerkkaart.matching.QuestionNeeds;

/**
 * The NETWORK step: persons of the family's own network who can support with the question. A seam for the network
 * feature's {@code NetworkService.supportFor(helpQuestionId)}: replace {@link NoNetworkSupport} with an adapter to it.
 */
public interface NetworkSupport {

    /** The network options, best first, each with step NETWORK and a person; {@code needs} are the question's. */
    List<SupportOption> options(LadderQuestion question, QuestionNeeds needs);
}
