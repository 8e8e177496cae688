package nl.netwerkkaart.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/**
 * The hash that seals an event into the chain: SHA-256 in lower-case hex over the UTF-8 bytes of the event's
 * canonical form, version 1:
 * <pre>
 * {"v":1,"sequence":N,"previousHash":S,"id":S,"eventAction":S,"eventDateTime":S,"outcome":S,"userId":S,
 *  "roleCode":S,"purposeOfUse":S,"onBehalfOf":S,"networkAccessPoint":S,"auditSourceId":S,"familyId":S,
 *  "personIds":[S,...],"objectTypes":[S,...],"objectIds":[S,...],"detail":S}
 * </pre>
 * on one line without any whitespace between tokens, members in exactly this order. {@code N} is a decimal integer.
 * {@code S} is {@code null} for an absent value, else the string in double quotes with only {@code "} and
 * {@code \} escaped as {@code \"} and {@code \\} and characters below U+0020 as <code>&#92;u00xx</code> (lower-case hex).
 * Lists keep their stored order; an absent list is {@code []}. {@code eventDateTime} is the instant in UTC as
 * {@link DateTimeFormatter#ISO_INSTANT} writes it, e.g. {@code 2026-03-01T09:15:02.123456Z}. Enums are their names.
 * The form is fixed: every field is in it, so changing any stored field changes the hash; a different form needs
 * a new {@code v}, or the events sealed before it would no longer verify.
 */
final class AuditHash {

    /** The previous hash of the first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(Row event, long sequence, String previousHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical(event, sequence, previousHash)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    static String canonical(Row event, long sequence, String previousHash) {
        var dateTime = event.dateTime("eventDateTime");
        var out = new StringBuilder(512).append("{\"v\":1,\"sequence\":").append(sequence);
        member(out, "previousHash", previousHash);
        for (var field : List.of("id", "eventAction")) {
            member(out, field, event.string(field));
        }
        member(out, "eventDateTime", dateTime == null ? null : DateTimeFormatter.ISO_INSTANT.format(dateTime.toInstant()));
        for (var field : List.of("outcome", "userId", "roleCode", "purposeOfUse", "onBehalfOf", "networkAccessPoint",
                "auditSourceId", "familyId")) {
            member(out, field, event.string(field));
        }
        for (var field : List.of("personIds", "objectTypes", "objectIds")) {
            out.append(",\"").append(field).append("\":[");
            var values = event.strings(field);
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                string(out, values.get(i));
            }
            out.append(']');
        }
        member(out, "detail", event.string("detail"));
        return out.append('}').toString();
    }

    private static void member(StringBuilder out, String name, String value) {
        out.append(",\"").append(name).append("\":");
        string(out, value);
    }

    private static void string(StringBuilder out, String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            }
            else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
