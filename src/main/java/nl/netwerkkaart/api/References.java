package nl.netwerkkaart.api;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Explains why something cannot be deleted yet: which other items still refer to it. */
public final class References {

    private References() {
    }

    /** A REFERENCED user error listing the non-zero counts, or empty when nothing refers to the item. */
    public static Optional<UserError> blocking(String what, Map<String, Long> counts) {
        var blocking = new TreeMap<>(counts).entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return blocking.isEmpty()
                ? Optional.empty()
                : Optional.of(UserError.referenced("input.id", "The " + what + " is still referred to by " + blocking
                        + "; remove or move those first"));
    }
}
