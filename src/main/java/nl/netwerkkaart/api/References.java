package nl.netwerkkaart.api;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
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

    /**
     * The delete flow every feature shares: a malformed id is invalid; an item {@code references} finds nothing for
     * (unknown, or not the caller's to change) is not found; an item still referred to is explained and kept;
     * anything else is deleted.
     *
     * @param references the counts of what refers to the item, empty when there is no such item
     */
    public static DeletePayload deleteUnlessReferenced(String id, String type, Function<String, Map<String, Long>> references,
                                                       Consumer<String> delete) {
        if (!Ids.isUuid(id)) {
            return DeletePayload.failed(UserError.invalid("input.id", "must be a UUID"));
        }
        var itemId = id.toLowerCase();
        var counts = references.apply(itemId);
        if (counts.isEmpty()) {
            return DeletePayload.failed(UserError.notFound("input.id", type));
        }
        var blocking = blocking(type, counts);
        if (blocking.isPresent()) {
            return DeletePayload.failed(blocking.get());
        }
        delete.accept(itemId);
        return DeletePayload.deleted(itemId);
    }
}
