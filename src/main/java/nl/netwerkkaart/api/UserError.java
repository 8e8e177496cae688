package nl.netwerkkaart.api;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * A problem with a mutation's input that the caller can correct.
 *
 * @param field   path of the offending input field, e.g. {@code input.name}
 * @param message what is wrong, in plain English
 * @param code    the kind of problem
 */
public record UserError(String field, String message, Code code) {

    public enum Code { INVALID, NOT_FOUND, REFERENCED, CONFLICT }

    public static UserError invalid(String field, String message) {
        return new UserError(field, message, Code.INVALID);
    }

    public static UserError notFound(String field, String type) {
        return new UserError(field, "No " + type + " with this id", Code.NOT_FOUND);
    }

    public static UserError referenced(String field, String message) {
        return new UserError(field, message, Code.REFERENCED);
    }

    public static UserError conflict(String field, String message) {
        return new UserError(field, message, Code.CONFLICT);
    }

    /**
     * Optimistic concurrency: the {@code what} the user changes is no longer at the version they read
     * ({@code expectedVersion}) but at {@code current}, because someone else changed it in the meantime.
     */
    public static UserError changedSince(String what, int current) {
        return conflict("input.expectedVersion", "someone else changed this " + what + " since you read it (now version "
                + current + "); reload it and make your change again");
    }

    /** For an update: the id must be given and name an existing item of {@code type}. */
    public static Optional<UserError> unknownId(String id, Predicate<String> exists, String type) {
        if (id == null) {
            return Optional.of(invalid("input.id", "must not be null"));
        }
        return exists.test(id.toLowerCase()) ? Optional.empty() : Optional.of(notFound("input.id", type));
    }
}
