package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.matching.QuestionNeeds;
import nl.netwerkkaart.network.NetworkService;
import nl.netwerkkaart.network.NetworkSupportCandidate;
import nl.netwerkkaart.network.SupportType;
import nl.netwerkkaart.network.TieQuality;
import org.springframework.stereotype.Component;

/**
 * The NETWORK step: the persons of the family's current map ({@code networkSupportFor}'s candidates) who fit the
 * question's needs, scored 0 to 100 on the scale of every ladder step (docs/matching.md):
 * <ul>
 *   <li>fit, up to 60: the person already gives a kind of support the family's own words ask for ("oppas",
 *       "boodschappen", "praten", ...: the {@code !support} words of the needs vocabulary, matching/synonyms-nl.txt) 60;
 *       else a kind of support that helps with one of the question's needs (it shares a word of the vocabulary with the
 *       needed term) 45; with no needs read from the question, a kind of support that helps with its life domains 30;
 *       a person giving none of these does not fit the question and is not shown;</li>
 *   <li>closeness, up to 25: intimi 25, close 18, acquaintance 10;</li>
 *   <li>contact: 15 with at least weekly contact;</li>
 *   <li>a stressful tie -30, an ambivalent one -10 (a reason with a leading minus sign); never below 0.</li>
 * </ul>
 * Where a person lives does not count. Empty when the user may not see the family's network map: a tent participant
 * needs the family's consent to share it.
 */
@Component
class NetworkMapSupport implements NetworkSupport {

    static final int ASKED = 60;
    static final int NEED = 45;
    static final int DOMAIN = 30;
    static final int WEEKLY = 15;
    static final int STRESSFUL = -30;
    static final int AMBIVALENT = -10;

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
            var option = option(candidate, question, needs);
            if (option != null) {
                options.add(option);
            }
        }
        options.sort(Comparator.comparingInt(SupportOption::score).reversed()
                .thenComparing(option -> option.person().familyName() == null ? "" : option.person().familyName())
                .thenComparing(option -> option.person().givenName())
                .thenComparing(option -> option.person().id()));
        return options.stream().limit(properties.maxPerStep()).toList();
    }

    private static SupportOption option(NetworkSupportCandidate candidate, LadderQuestion question, QuestionNeeds needs) {
        var reasons = new ArrayList<String>();
        int score;
        var asks = needs.supportAsks();
        var askedFor = candidate.givesSupport().stream().map(type -> asks.get(type.name()))
                .filter(ask -> ask != null).min(Comparator.comparing((QuestionNeeds.SupportAsk ask) -> !ask.inWords()));
        if (askedFor.isPresent()) {
            var ask = askedFor.get();
            score = ask.inWords() ? ASKED : NEED;
            reasons.add(sentence(SupportType.valueOf(ask.type())) + ", " + ask.reason());
        }
        else if (asks.isEmpty()) {
            var relevant = candidate.givesSupport().stream().filter(type -> type.helpsWithAny(question.lifeDomains())).findFirst();
            if (relevant.isEmpty()) {
                return null;
            }
            score = DOMAIN;
            reasons.add(sentence(relevant.get()) + ", wat helpt bij de leefdomeinen van de vraag");
        }
        else {
            return null;
        }
        switch (candidate.ring()) {
            case 1 -> {
                score += 25;
                reasons.add("Hoort bij de intimi van het gezin");
            }
            case 2 -> {
                score += 18;
                reasons.add("Staat dicht bij het gezin");
            }
            case 3 -> {
                score += 10;
                reasons.add("Is een bekende van het gezin");
            }
            default -> {
                // services: closeness adds nothing
            }
        }
        if (candidate.weeklyContact()) {
            score += WEEKLY;
            reasons.add("Heeft minstens wekelijks contact");
        }
        if (candidate.worstQuality() == TieQuality.STRESSFUL) {
            score += STRESSFUL;
            reasons.add("− Relatie is belastend");
        }
        else if (candidate.worstQuality() == TieQuality.AMBIVALENT) {
            score += AMBIVALENT;
            reasons.add("− Relatie is wisselend");
        }
        return new SupportOption(LadderStep.NETWORK, Math.max(0, score), List.copyOf(reasons), candidate.person(), null, null);
    }

    /** The support type's own reason ("geeft al advies") as the start of a sentence. */
    private static String sentence(SupportType type) {
        return Character.toUpperCase(type.reason().charAt(0)) + type.reason().substring(1);
    }
}
