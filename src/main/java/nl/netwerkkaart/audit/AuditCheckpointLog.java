package nl.netwerkkaart.audit;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain's anchor outside the database: a file this instance only ever appends signed lines to (JSON lines), which
 * {@link AuditVerifier} holds the chain against. Nobody who can only write to the database can change, remove or
 * forge a line: each is keyed (HMAC-SHA256) with the current audit key and names its key id. Two kinds of line:
 * <pre>
 * {"v":2,"form":"checkpoint","sequence":N,"hash":S,"time":S,"source":S,"keyId":S,"mac":S}
 * {"v":2,"form":"alarm","eventId":S,"reason":S,"time":S,"source":S,"keyId":S,"mac":S}
 * </pre>
 * A checkpoint says that the chain's head was event {@code sequence} with {@code hash} at {@code time}; an alarm
 * records tampering this instance noticed while sealing, which the database can then no longer hide. {@code mac} is
 * keyed over the line's other members in the canonical form of {@link AuditHash} (in the order above). Every line is
 * also logged to {@code netwerkkaart.audit.checkpoint}, so operators can ship the lines to a log store of their own.
 */
final class AuditCheckpointLog {

    static final String LOGGER = "netwerkkaart.audit.checkpoint";

    private static final Logger log = LoggerFactory.getLogger(AuditCheckpointLog.class);
    private static final Logger lines = LoggerFactory.getLogger(LOGGER);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path file;
    private final AuditKeyRing keys;
    private final String source;

    AuditCheckpointLog(Path file, AuditKeyRing keys, String source) {
        this.file = file.toAbsolutePath();
        this.keys = keys;
        this.source = source;
        try {
            AuditKeyRing.createPrivateDirectories(this.file.getParent());
            if (!Files.exists(this.file)) {
                if (AuditKeyRing.posix(this.file)) {
                    Files.createFile(this.file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                }
                else {
                    Files.createFile(this.file);
                }
            }
            if (!Files.isWritable(this.file)) {
                throw new IOException("not writable");
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + this.file + ": set "
                    + "NETWERKKAART_AUDIT_CHECKPOINT_FILE to a writable file outside the database", e);
        }
    }

    /** One line of the file; members absent from a kind of line are null and left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Line(int v, String form, Long sequence, String hash, String eventId, String reason, String time,
                String source, String keyId, String mac) {

        String canonical() {
            var canonical = new AuditHash.Form(v).string("form", form);
            if ("checkpoint".equals(form)) {
                canonical.number("sequence", sequence == null ? -1 : sequence).string("hash", hash);
            }
            else {
                canonical.string("eventId", eventId).string("reason", reason);
            }
            return canonical.string("time", time).string("source", source).string("keyId", keyId).end();
        }
    }

    /** A checkpoint as read back: line number in the file, for the report. */
    record Checkpoint(long sequence, String hash, String time, String source, int line) {
    }

    /** An alarm as read back. */
    record Alarm(String eventId, String reason, String time, String source, int line) {
    }

    /**
     * What the file holds: its checkpoints and alarms in file order, or the first line that is not a line this
     * service signed ({@code problem}, then the lists hold what came before it).
     */
    record Contents(List<Checkpoint> checkpoints, List<Alarm> alarms, String problem) {
    }

    Path file() {
        return file;
    }

    /** Appends a checkpoint of the chain's head. */
    void checkpoint(long sequence, String hash) {
        append(new Line(2, "checkpoint", sequence, hash, null, null, null, null, null, null));
    }

    /** Appends an alarm about an event; also logged as an error, since it means someone tampered with the trail. */
    void alarm(String eventId, String reason) {
        log.error("Audit event {} {}", eventId, reason);
        append(new Line(2, "alarm", null, null, eventId, reason, null, null, null, null));
    }

    private synchronized void append(Line unsigned) {
        var key = keys.current();
        var line = new Line(2, unsigned.form(), unsigned.sequence(), unsigned.hash(), unsigned.eventId(),
                unsigned.reason(), Instant.now().toString(), source, key.id(), null);
        var signed = new Line(line.v(), line.form(), line.sequence(), line.hash(), line.eventId(), line.reason(),
                line.time(), line.source(), line.keyId(), key.mac(line.canonical()));
        var text = JSON.writeValueAsString(signed);
        if (!Files.exists(file)) {
            log.error("The audit checkpoint file {} is gone; starting it again. The checkpoints it held no longer "
                    + "protect the chain: restore them from a copy and append this file's new lines", file);
        }
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            // one write of the whole line, so lines from several threads never interleave
            channel.write(ByteBuffer.wrap((text + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(false);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoint file " + file, e);
        }
        lines.info(text);
    }

    /** Whether the file holds a checkpoint: false for the first start of an instance with this file. */
    boolean hasCheckpoint() {
        return read(true).checkpoints().size() > 0;
    }

    /** Reads the whole file and checks every line's signature. */
    Contents read() {
        return read(false);
    }

    private Contents read(boolean firstCheckpointOnly) {
        var checkpoints = new ArrayList<Checkpoint>();
        var alarms = new ArrayList<Alarm>();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            boolean terminated = endsWithNewline();
            int number = 0;
            String next = reader.readLine();
            while (next != null) {
                var text = next;
                next = reader.readLine();
                number++;
                if (text.isBlank() || (next == null && !terminated)) {
                    // a last line without its newline was cut short by a crash while it was written: never signed
                    continue;
                }
                Line line;
                try {
                    line = JSON.readValue(text, Line.class);
                }
                catch (JacksonException e) {
                    return new Contents(checkpoints, alarms, "line " + number + " of " + file + " is not a checkpoint line");
                }
                var key = keys.find(line.keyId());
                if (key.isEmpty()) {
                    return new Contents(checkpoints, alarms, "line " + number + " of " + file
                            + " is signed with key id " + line.keyId() + ", which is not in the key ring");
                }
                if (line.v() != 2 || !key.get().verifies(line.canonical(), line.mac())
                        || ("checkpoint".equals(line.form()) && (line.sequence() == null || line.hash() == null))) {
                    return new Contents(checkpoints, alarms, "line " + number + " of " + file
                            + " does not match its signature: it was changed or forged");
                }
                if ("checkpoint".equals(line.form())) {
                    checkpoints.add(new Checkpoint(line.sequence(), line.hash(), line.time(), line.source(), number));
                    if (firstCheckpointOnly) {
                        break;
                    }
                }
                else {
                    alarms.add(new Alarm(line.eventId(), line.reason(), line.time(), line.source(), number));
                }
            }
        }
        catch (IOException e) {
            return new Contents(checkpoints, alarms, "the checkpoint file " + file + " cannot be read: " + e.getMessage());
        }
        return new Contents(checkpoints, alarms, null);
    }

    private boolean endsWithNewline() throws IOException {
        try (var access = new RandomAccessFile(file.toFile(), "r")) {
            if (access.length() == 0) {
                return true;
            }
            access.seek(access.length() - 1);
            return access.read() == '\n';
        }
    }
}
