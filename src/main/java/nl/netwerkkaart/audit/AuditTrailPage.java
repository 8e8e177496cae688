package nl.netwerkkaart.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.PageRequest;

/**
 * A page of a family's trail, newest first: at most {@code limit} events older than the event the cursor points at.
 * Cursors name an event, not an offset, because reading the trail appends to it: offsets would shift by one with
 * every page read.
 *
 * @param limit      page size, checked like every other page
 * @param beforeTime {@code eventDateTime} of the event the page starts after; null for the first page
 * @param beforeId   id of that event; null for the first page
 */
public record AuditTrailPage(int limit, ZonedDateTime beforeTime, String beforeId) {

    private static final String PREFIX = "audit:";

    public static AuditTrailPage of(Integer first, String after) {
        int limit = PageRequest.of(first, null).limit();
        if (after == null) {
            return new AuditTrailPage(limit, null, null);
        }
        try {
            var text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            var parts = text.startsWith(PREFIX) ? text.substring(PREFIX.length()).split("\\|", -1) : new String[0];
            if (parts.length == 2 && Ids.isUuid(parts[1])) {
                return new AuditTrailPage(limit, Instant.parse(parts[0]).atZone(ZoneOffset.UTC), parts[1]);
            }
        }
        catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the error below: a malformed cursor is the caller's to fix
        }
        throw new InvalidInputException("after", "is not a cursor from this list");
    }

    static String cursor(AuditEvent event) {
        var text = PREFIX + event.eventDateTime().toInstant() + "|" + event.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
