package nl.netwerkkaart.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.network.NetworkSupportCandidate.SupportReason;

/**
 * Ranks the persons on a family's current map for the kinds of support a help question asks for (in the family's own
 * words or for its needs, docs/matching.md), or, when it asks for none, for its life domains. Each reason adds fixed points,
 * so the score explains itself; docs/network.md lists them. Candidates are the persons outside the household with
 * a tie to a household member that is not broken; professionals already involved are the professional steps of the
 * ladder, not the network, so persons tied to the household only as PROFESSIONAL are left out.
 * <p>
 * The same pass scores each candidate on the 0 to 100 scale of every step of the support ladder (docs/tent.md), the
 * network step's only scoring:
 * <ul>
 *   <li>fit, up to 60: the person already gives a kind of support the family's own words ask for ("oppas",
 *       "boodschappen", "praten", ...: the {@code !support} words of the needs vocabulary, matching/synonyms-nl.txt)
 *       {@value #LADDER_ASKED}; else a kind of support that helps with one of the question's needs (it shares a word of
 *       the vocabulary with the needed term) {@value #LADDER_NEED}; with nothing asked, a kind of support that helps
 *       with its life domains {@value #LADDER_DOMAIN}; a person giving none of these does not fit the question;</li>
 *   <li>closeness: intimi {@value #LADDER_INTIMATE}, close {@value #LADDER_CLOSE}, acquaintance
 *       {@value #LADDER_ACQUAINTANCE};</li>
 *   <li>contact: {@value #LADDER_WEEKLY} with at least weekly contact;</li>
 *   <li>a stressful tie {@value #LADDER_STRESSFUL}, an ambivalent one {@value #LADDER_AMBIVALENT} (a reason with a
 *       leading minus sign); never below 0.</li>
 * </ul>
 * Where a person lives does not count there.
 */
final class SupportRanking {

    static final int ALREADY_GIVES = 3;
    static final int GIVES_OTHER_SUPPORT = 1;
    static final int SAME_KERN = 2;
    static final int WEEKLY_CONTACT = 1;
    static final int STRESSFUL = -3;
    static final int AMBIVALENT = -1;

    static final int LADDER_ASKED = 60;
    static final int LADDER_NEED = 45;
    static final int LADDER_DOMAIN = 30;
    static final int LADDER_INTIMATE = 25;
    static final int LADDER_CLOSE = 18;
    static final int LADDER_ACQUAINTANCE = 10;
    static final int LADDER_WEEKLY = 15;
    static final int LADDER_STRESSFUL = -30;
    static final int LADDER_AMBIVALENT = -10;

    /**
     * A kind of support the question asks for.
     *
     * @param reason  the end of its Dutch reason ("waar de vraag om vraagt ('oppas')", "wat past bij de behoefte Respijtzorg")
     * @param inWords whether the family's own words ask for it (else a need of the question does)
     */
    record Asked(String reason, boolean inWords) {
    }

    private SupportRanking() {
    }

    /**
     * @param asked the kinds of support the question asks for; empty: by life domains
     */
    static List<NetworkSupportCandidate> rank(NetworkMap map, Collection<String> lifeDomains, Map<SupportType, Asked> asked) {
        var candidates = new ArrayList<NetworkSupportCandidate>();
        for (var node : map.nodes()) {
            if (node.household()) {
                continue;
            }
            var ties = map.tiesToHousehold(node.id()).stream().filter(t -> t.quality() != TieQuality.BROKEN).toList();
            if (ties.isEmpty() || ties.stream().allMatch(t -> t.kind() == TieKind.PROFESSIONAL)) {
                continue;
            }
            candidates.add(candidate(map, node.person(), ties, lifeDomains, asked));
        }
        candidates.sort(Comparator.comparingInt(NetworkSupportCandidate::score).reversed()
                .thenComparingInt(NetworkSupportCandidate::ring)
                .thenComparing(c -> c.person().sortName()));
        return List.copyOf(candidates);
    }

    private static NetworkSupportCandidate candidate(NetworkMap map, NetworkPerson person, List<NetworkTie> ties,
                                                     Collection<String> lifeDomains, Map<SupportType, Asked> asked) {
        var closest = ties.stream().min(Comparator.comparingInt(NetworkTie::ring).thenComparing(NetworkTie::id)).orElseThrow();
        var gives = map.givenToHousehold(person.id()).stream().sorted().toList();
        var reasons = new ArrayList<SupportReason>();
        var relevant = gives.stream().filter(type -> asked.isEmpty() ? type.helpsWithAny(lifeDomains) : asked.containsKey(type)).toList();
        relevant.forEach(type -> reasons.add(new SupportReason(
                asked.containsKey(type) ? type.reason() + ", " + asked.get(type).reason() : type.reason(), ALREADY_GIVES)));
        if (relevant.isEmpty() && !gives.isEmpty()) {
            reasons.add(new SupportReason("steunt het gezin al op een andere manier", GIVES_OTHER_SUPPORT));
        }
        switch (closest.ring()) {
            case 1 -> reasons.add(new SupportReason("hoort bij de intimi van het gezin", 3));
            case 2 -> reasons.add(new SupportReason("staat dicht bij het gezin", 2));
            case 3 -> reasons.add(new SupportReason("is een bekende van het gezin", 1));
            default -> {
                // ring 4, services: closeness adds nothing
            }
        }
        if (person.kernId() != null && person.kernId().equals(map.familyKernId())) {
            reasons.add(new SupportReason("woont in dezelfde kern", SAME_KERN));
        }
        boolean weekly = ties.stream().anyMatch(t -> t.frequency() != null && t.frequency().atLeastWeekly());
        if (weekly) {
            reasons.add(new SupportReason("heeft minstens wekelijks contact", WEEKLY_CONTACT));
        }
        var worst = ties.stream().anyMatch(t -> t.quality() == TieQuality.STRESSFUL) ? TieQuality.STRESSFUL
                : ties.stream().anyMatch(t -> t.quality() == TieQuality.AMBIVALENT) ? TieQuality.AMBIVALENT : TieQuality.POSITIVE;
        if (worst == TieQuality.STRESSFUL) {
            reasons.add(new SupportReason("relatie is belastend", STRESSFUL));
        }
        else if (worst == TieQuality.AMBIVALENT) {
            reasons.add(new SupportReason("relatie is wisselend", AMBIVALENT));
        }
        reasons.sort(Comparator.comparing(SupportReason::minus));
        int score = reasons.stream().mapToInt(SupportReason::points).sum();
        return new NetworkSupportCandidate(person, score, closest.ring(), closest.kind(), gives, List.copyOf(reasons),
                ladder(gives, closest.ring(), weekly, worst, lifeDomains, asked));
    }

    /** The candidate's fit on the ladder's scale; null when they give no kind of support the question asks for. */
    private static NetworkSupportCandidate.LadderFit ladder(List<SupportType> gives, int ring, boolean weekly, TieQuality worst,
                                                           Collection<String> lifeDomains, Map<SupportType, Asked> asked) {
        var reasons = new ArrayList<String>();
        int score;
        var askedFor = gives.stream().filter(asked::containsKey)
                .min(Comparator.comparing((SupportType type) -> !asked.get(type).inWords()));
        if (askedFor.isPresent()) {
            var ask = asked.get(askedFor.get());
            score = ask.inWords() ? LADDER_ASKED : LADDER_NEED;
            reasons.add(sentence(askedFor.get()) + ", " + ask.reason());
        }
        else if (asked.isEmpty()) {
            var relevant = gives.stream().filter(type -> type.helpsWithAny(lifeDomains)).findFirst();
            if (relevant.isEmpty()) {
                return null;
            }
            score = LADDER_DOMAIN;
            reasons.add(sentence(relevant.get()) + ", wat helpt bij de leefdomeinen van de vraag");
        }
        else {
            return null;
        }
        switch (ring) {
            case 1 -> {
                score += LADDER_INTIMATE;
                reasons.add("Hoort bij de intimi van het gezin");
            }
            case 2 -> {
                score += LADDER_CLOSE;
                reasons.add("Staat dicht bij het gezin");
            }
            case 3 -> {
                score += LADDER_ACQUAINTANCE;
                reasons.add("Is een bekende van het gezin");
            }
            default -> {
                // services: closeness adds nothing
            }
        }
        if (weekly) {
            score += LADDER_WEEKLY;
            reasons.add("Heeft minstens wekelijks contact");
        }
        if (worst == TieQuality.STRESSFUL) {
            score += LADDER_STRESSFUL;
            reasons.add("− Relatie is belastend");
        }
        else if (worst == TieQuality.AMBIVALENT) {
            score += LADDER_AMBIVALENT;
            reasons.add("− Relatie is wisselend");
        }
        return new NetworkSupportCandidate.LadderFit(Math.max(0, score), List.copyOf(reasons));
    }

    /** The support type's own reason ("geeft al advies") as the start of a sentence. */
    private static String sentence(SupportType type) {
        return Character.toUpperCase(type.reason().charAt(0)) + type.reason().substring(1);
    }
}
