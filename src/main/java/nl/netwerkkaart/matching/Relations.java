package nl.netwerkkaart.matching;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an expertise relates to a needed term through the taxonomy's {@code BROADER} links: the term itself (exact),
 * below it at any depth (narrower: a specialisation of what is needed), or directly above it (broader: the general
 * field the need lies in). Anything else does not fit.
 */
final class Relations {

    private final Map<String, List<String>> broader = new HashMap<>();
    private final Map<String, Set<String>> narrower = new HashMap<>();
    private final Map<String, List<String>> domains = new HashMap<>();

    Relations(List<NeedsAnalysis.Term> taxonomy) {
        for (var term : taxonomy) {
            broader.put(term.expertise().id(), term.broader());
            domains.put(term.expertise().id(), term.domains());
            term.broader().forEach(b -> narrower.computeIfAbsent(b, k -> new HashSet<>()).add(term.expertise().id()));
        }
    }

    /** Whether {@code held} lies beside {@code needed}: another term directly below one of its broader terms. */
    boolean sibling(String held, String needed) {
        if (held.equals(needed)) {
            return false;
        }
        var above = broader.getOrDefault(needed, List.of());
        return broader.getOrDefault(held, List.of()).stream().anyMatch(above::contains);
    }

    /** How {@code held} relates to {@code needed}; null when it does not fit (a sibling does not: see {@link #sibling}). */
    ExpertiseFit relation(String held, String needed) {
        if (held.equals(needed)) {
            return ExpertiseFit.EXACT;
        }
        if (below(needed).contains(held)) {
            return ExpertiseFit.NARROWER;
        }
        if (broader.getOrDefault(needed, List.of()).contains(held)) {
            return ExpertiseFit.BROADER;
        }
        return null;
    }

    /** The codes of the life domains a term lies in. */
    List<String> domains(String id) {
        return domains.getOrDefault(id, List.of());
    }

    /** Every term that fits one of {@code needed}: the terms themselves, all below them and those directly above. */
    Set<String> fitting(Collection<String> needed) {
        var fitting = new HashSet<String>();
        for (var id : needed) {
            fitting.add(id);
            fitting.addAll(below(id));
            fitting.addAll(broader.getOrDefault(id, List.of()));
        }
        return fitting;
    }

    /** {@link #fitting} and the terms beside {@code needed} (directly below one of their broader terms). */
    Set<String> related(Collection<String> needed) {
        var related = fitting(needed);
        for (var id : needed) {
            broader.getOrDefault(id, List.of()).forEach(b -> related.addAll(narrower.getOrDefault(b, Set.of())));
        }
        return related;
    }

    private Set<String> below(String id) {
        var found = new HashSet<String>();
        var queue = new ArrayDeque<>(narrower.getOrDefault(id, Set.of()));
        while (!queue.isEmpty()) {
            var next = queue.poll();
            if (found.add(next)) {
                queue.addAll(narrower.getOrDefault(next, Set.of()));
            }
        }
        return found;
    }
}
