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
 */
final class SupportRanking {

    static final int ALREADY_GIVES = 3;
    static final int GIVES_OTHER_SUPPORT = 1;
    static final int SAME_KERN = 2;
    static final int WEEKLY_CONTACT = 1;
    static final int STRESSFUL = -3;
    static final int AMBIVALENT = -1;

    private SupportRanking() {
    }

    /**
     * @param asked the kinds of support the question asks for, each with the end of its Dutch reason
     *              ("waar de vraag om vraagt ('oppas')", "wat past bij de behoefte Respijtzorg"); empty: by life domains
     */
    static List<NetworkSupportCandidate> rank(NetworkMap map, Collection<String> lifeDomains, Map<SupportType, String> asked) {
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
                                                     Collection<String> lifeDomains, Map<SupportType, String> asked) {
        var closest = ties.stream().min(Comparator.comparingInt(NetworkTie::ring).thenComparing(NetworkTie::id)).orElseThrow();
        var gives = map.givenToHousehold(person.id()).stream().sorted().toList();
        var reasons = new ArrayList<SupportReason>();
        var relevant = gives.stream().filter(type -> asked.isEmpty() ? type.helpsWithAny(lifeDomains) : asked.containsKey(type)).toList();
        relevant.forEach(type -> reasons.add(new SupportReason(
                asked.containsKey(type) ? type.reason() + ", " + asked.get(type) : type.reason(), ALREADY_GIVES)));
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
                weekly, worst);
    }
}
