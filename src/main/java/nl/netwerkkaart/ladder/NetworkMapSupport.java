package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 *       "boodschappen", "praten", ...) 60; else a kind of support that helps with the question's life domains 45;
 *       a person giving neither does not fit the question and is not shown;</li>
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
    static final int DOMAIN = 45;
    static final int WEEKLY = 15;
    static final int STRESSFUL = -30;
    static final int AMBIVALENT = -10;

    /** Words families use when they ask for a kind of support (lowercase word starts). */
    static final Map<SupportType, List<String>> ASKED_WORDS = new LinkedHashMap<>();

    static {
        ASKED_WORDS.put(SupportType.CHILDCARE, List.of("oppas", "opvang", "ophalen", "halen", "brengen", "logeren", "inspringen", "kinderen opvangen"));
        ASKED_WORDS.put(SupportType.PRACTICAL, List.of("boodschap", "vervoer", "rijden", "klus", "koken", "huishoud", "verhuiz", "wassen", "schoonma"));
        ASKED_WORDS.put(SupportType.FINANCIAL, List.of("geld", "lenen", "schuld", "rondkomen", "betalen"));
        ASKED_WORDS.put(SupportType.EMOTIONAL, List.of("praten", "luister", "verdriet", "eenza", "alleen", "troost", "somber", "rouw", "overleden", "bang"));
        ASKED_WORDS.put(SupportType.ADVICE, List.of("advies", "opvoed", "raad", "grenzen", "puber"));
        ASKED_WORDS.put(SupportType.INFORMATIONAL, List.of("informatie", "formulier", "brieven", "uitzoeken", "regelen", "toeslag", "huiswerk"));
    }

    private final NetworkService network;
    private final LadderProperties properties;

    NetworkMapSupport(NetworkService network, LadderProperties properties) {
        this.network = network;
        this.properties = properties;
    }

    @Override
    public List<SupportOption> options(LadderQuestion question, QuestionNeeds needs) {
        var text = question.text() == null ? "" : question.text().toLowerCase(Locale.ROOT);
        var words = text.split("[^\\p{L}]+");
        var asked = new LinkedHashMap<SupportType, String>();
        ASKED_WORDS.forEach((type, starts) -> {
            for (var word : words) {
                if (starts.stream().anyMatch(word::startsWith)) {
                    asked.putIfAbsent(type, word);
                }
            }
        });
        var options = new ArrayList<SupportOption>();
        for (var candidate : network.supportFor(question.helpQuestionId()).orElse(List.of())) {
            var option = option(candidate, question, asked, needs);
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

    private static SupportOption option(NetworkSupportCandidate candidate, LadderQuestion question,
                                        Map<SupportType, String> asked, QuestionNeeds needs) {
        var reasons = new ArrayList<String>();
        int score;
        var askedFor = candidate.givesSupport().stream().filter(asked::containsKey).findFirst();
        if (askedFor.isPresent()) {
            score = ASKED;
            reasons.add(sentence(askedFor.get()) + ", waar de vraag om vraagt ('" + asked.get(askedFor.get()) + "')");
        }
        else {
            var relevant = candidate.givesSupport().stream().filter(type -> type.helpsWithAny(question.lifeDomains())).findFirst();
            if (relevant.isEmpty()) {
                return null;
            }
            score = DOMAIN;
            var need = needs.needs().isEmpty() ? "de leefdomeinen van de vraag" : needs.needs().get(0).expertise().name();
            reasons.add(sentence(relevant.get()) + ", wat helpt bij " + need);
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
