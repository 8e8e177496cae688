package nl.netwerkkaart.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A page of a Relay connection, from the {@code first} and {@code after} arguments. Cursors are opaque to clients;
 * inside they are offsets into the list's stable order.
 *
 * @param offset how many items come before this page
 * @param limit  how many items this page holds at most
 */
public record PageRequest(int offset, int limit) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final String CURSOR_PREFIX = "offset:";

    public static PageRequest of(Integer first, String after) {
        int limit = first == null ? DEFAULT_SIZE : first;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new InvalidInputException("first", "must be between 1 and " + MAX_SIZE);
        }
        return new PageRequest(after == null ? 0 : decode(after) + 1, limit);
    }

    static String cursor(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((CURSOR_PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int decode(String cursor) {
        try {
            var text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(CURSOR_PREFIX)) {
                int offset = Integer.parseInt(text.substring(CURSOR_PREFIX.length()));
                if (offset >= 0) {
                    return offset;
                }
            }
        }
        catch (IllegalArgumentException e) {
            // falls through to the error below: a malformed cursor is the caller's to fix
        }
        throw new InvalidInputException("after", "is not a cursor from this list");
    }
}
