package nl.netwerkkaart.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/**
 * The canonical forms that audit events and checkpoints are hashed or keyed over. Every form is one line of JSON
 * without any whitespace between tokens, members in exactly the order given. {@code N} is a decimal integer. {@code S}
 * is {@code null} for an absent value, else the string in double quotes with only {@code "} and {@code \} escaped as
 * {@code \"} and {@code \\} and characters below U+0020 as <code>&#92;u00xx</code> (lower-case hex). Lists keep their
 * stored order; an absent list is {@code []}. {@code eventDateTime} is the instant in UTC as
 * {@link DateTimeFormatter#ISO_INSTANT} writes it, e.g. {@code 2026-03-01T09:15:02.123456Z}. Enums are their names.
 * The forms are fixed: a different form needs a new {@code v}, or what was sealed before would no longer verify.
 * <p>
 * <b>Version 1</b> (unkeyed, events sealed before the key was introduced): the event's {@code hash} is SHA-256 in
 * lower-case hex over
 * <pre>
 * {"v":1,"sequence":N,"previousHash":S,"id":S,"eventAction":S,"eventDateTime":S,"outcome":S,"userId":S,
 *  "roleCode":S,"purposeOfUse":S,"onBehalfOf":S,"networkAccessPoint":S,"auditSourceId":S,"familyId":S,
 *  "personIds":[S,...],"objectTypes":[S,...],"objectIds":[S,...],"detail":S}
 * </pre>
 * <b>Version 2</b> (keyed): HMAC-SHA256 in lower-case hex with the key named by {@code keyId}. When the event is
 * written, its {@code eventMac} is keyed over
 * <pre>
 * {"v":2,"form":"event","keyId":S,"id":S, ... the fields of version 1 from "id" on ... ,"detail":S}
 * </pre>
 * and when it is sealed, its {@code hash} is keyed, with the same key, over
 * <pre>
 * {"v":2,"form":"link","sequence":N,"previousHash":S,"eventMac":S}
 * </pre>
 * so the write-time MAC vouches for the fields and the seal for the event's place in the chain. The {@code form}
 * member keeps the forms (and those of {@link AuditCheckpointLog}) from ever being mistaken for one another.
 */
final class AuditHash {

    /** The previous hash of the first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /** The version 1 hash of a sealed event. */
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

    /** The version 1 form. */
    static String canonical(Row event, long sequence, String previousHash) {
        var form = new Form(1).number("sequence", sequence).string("previousHash", previousHash);
        return fields(form, event).end();
    }

    /** The version 2 form keyed when the event is written; {@code keyId} is read from the event. */
    static String eventForm(Row event) {
        var form = new Form(2).string("form", "event").string("keyId", event.string("keyId"));
        return fields(form, event).end();
    }

    /** The version 2 form keyed when the event is sealed. */
    static String linkForm(long sequence, String previousHash, String eventMac) {
        return new Form(2).string("form", "link").number("sequence", sequence).string("previousHash", previousHash)
                .string("eventMac", eventMac).end();
    }

    private static Form fields(Form form, Row event) {
        var dateTime = event.dateTime("eventDateTime");
        form.string("id", event.string("id")).string("eventAction", event.string("eventAction"))
                .string("eventDateTime", dateTime == null ? null : DateTimeFormatter.ISO_INSTANT.format(dateTime.toInstant()));
        for (var field : List.of("outcome", "userId", "roleCode", "purposeOfUse", "onBehalfOf", "networkAccessPoint",
                "auditSourceId", "familyId")) {
            form.string(field, event.string(field));
        }
        for (var field : List.of("personIds", "objectTypes", "objectIds")) {
            form.strings(field, event.strings(field));
        }
        return form.string("detail", event.string("detail"));
    }

    /** Writes one canonical form, member by member, in the order of the calls. */
    static final class Form {

        private final StringBuilder out = new StringBuilder(512);

        Form(int version) {
            out.append("{\"v\":").append(version);
        }

        Form number(String name, long value) {
            name(name).append(value);
            return this;
        }

        Form string(String name, String value) {
            quoted(name(name), value);
            return this;
        }

        Form strings(String name, List<String> values) {
            var list = name(name).append('[');
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    list.append(',');
                }
                quoted(list, values.get(i));
            }
            list.append(']');
            return this;
        }

        String end() {
            return out.append('}').toString();
        }

        private StringBuilder name(String name) {
            return out.append(",\"").append(name).append("\":");
        }

        private static void quoted(StringBuilder out, String value) {
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
}
