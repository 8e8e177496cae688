package nl.netwerkkaart.api;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Joins the result of one batched query back onto the parents that asked for it. */
public final class Batches {

    private Batches() {
    }

    public static <P> List<String> ids(Collection<P> parents, Function<P, String> id) {
        return parents.stream().map(id).distinct().toList();
    }

    /** Each parent gets its value from {@code byId}, or {@code absent} when the query found none for it. */
    public static <P, V> Map<P, V> join(Collection<P> parents, Function<P, String> id, Map<String, V> byId, V absent) {
        var result = new LinkedHashMap<P, V>();
        for (var parent : parents) {
            var value = byId.getOrDefault(id.apply(parent), absent);
            if (value != null) {
                result.put(parent, value);
            }
        }
        return result;
    }

    /** Each parent gets the first of its values in {@code byId}; parents with none are left out (null in GraphQL). */
    public static <P, V> Map<P, V> joinFirst(Collection<P> parents, Function<P, String> id, Map<String, List<V>> byId) {
        var result = new LinkedHashMap<P, V>();
        for (var parent : parents) {
            var values = byId.get(id.apply(parent));
            if (values != null && !values.isEmpty()) {
                result.put(parent, values.get(0));
            }
        }
        return result;
    }
}
