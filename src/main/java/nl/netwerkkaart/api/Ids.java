package nl.netwerkkaart.api;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** Ids are UUID strings; a malformed one is refused before it reaches the database. */
public final class Ids {

    public static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final Pattern UUID_REGEX = Pattern.compile(UUID_PATTERN);

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    public static boolean isUuid(String value) {
        return value != null && UUID_REGEX.matcher(value).matches();
    }

    /** Returns {@code id} in canonical lower case, or refuses it naming {@code field}. */
    public static String require(String field, String id) {
        if (!isUuid(id)) {
            throw new InvalidInputException(field, "must be a UUID");
        }
        return id.toLowerCase();
    }

    /** Checks each id of an optional list argument; {@code null} stays {@code null} (no filter). */
    public static List<String> requireAll(String field, Collection<String> ids) {
        if (ids == null) {
            return null;
        }
        int i = 0;
        for (var id : ids) {
            require(field + "[" + i++ + "]", id);
        }
        return ids.stream().map(String::toLowerCase).toList();
    }
}
