package nl.netwerkkaart.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The secret keys of the audit trail, kept outside the database: without them nobody can make an event, a seal or a
 * checkpoint that verifies. Several keys make rotation possible: the last key listed signs what is written now, the
 * others still verify what they signed. Each key's id is derived from the key itself, so the same key has the same
 * id in every instance and wherever it is configured, and an id can never point at the wrong key.
 * <p>
 * Where the keys come from, in this order: {@code netwerkkaart.audit.key} (base64 keys separated by commas or
 * whitespace); else {@code netwerkkaart.audit.key-file} (one base64 key per line, {@code #} starts a comment), which
 * must exist; else, outside the {@code prod} profile only, {@code audit.key} beside the checkpoint file, generated
 * with owner-only permissions at the first start and reused later. {@code prod} refuses to start without a key.
 */
public final class AuditKeyRing {

    /** HMAC-SHA256 keys shorter than its block of output would be the weakest link. */
    static final int MINIMUM_KEY_BYTES = 32;

    private static final Logger log = LoggerFactory.getLogger(AuditKeyRing.class);
    private static final String ALGORITHM = "HmacSHA256";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Map<String, Key> keys;
    private final Key current;

    private AuditKeyRing(List<Key> keys) {
        var byId = new LinkedHashMap<String, Key>();
        for (var key : keys) {
            if (byId.put(key.id(), key) != null) {
                throw new IllegalStateException("The audit key ring lists the key with id " + key.id() + " twice");
            }
        }
        this.keys = Map.copyOf(byId);
        this.current = keys.get(keys.size() - 1);
    }

    /** One HMAC-SHA256 key with its id. */
    public record Key(String id, SecretKeySpec secret) {

        /** HMAC-SHA256 of the UTF-8 bytes of {@code form}, in lower-case hex. */
        String mac(String form) {
            try {
                var mac = Mac.getInstance(ALGORITHM);
                mac.init(secret);
                return HexFormat.of().formatHex(mac.doFinal(form.getBytes(StandardCharsets.UTF_8)));
            }
            catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is required by every Java runtime", e);
            }
        }

        /** Whether {@code stored} is the MAC of {@code form}, compared in constant time. */
        boolean verifies(String form, String stored) {
            return stored != null && MessageDigest.isEqual(mac(form).getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }

        @Override
        public String toString() {
            return "Key[" + id + "]";
        }
    }

    /** The key that signs what is written now. */
    Key current() {
        return current;
    }

    Optional<Key> find(String keyId) {
        return Optional.ofNullable(keyId).map(keys::get);
    }

    Set<String> ids() {
        return keys.keySet();
    }

    /** Loads the key ring as configured, generating the key file outside {@code prod} when nothing is configured. */
    static AuditKeyRing load(AuditProperties properties, boolean prod) {
        if (properties.key() != null && properties.keyFile() != null) {
            throw new IllegalStateException("Set NETWERKKAART_AUDIT_KEY or NETWERKKAART_AUDIT_KEY_FILE, not both");
        }
        if (properties.key() != null) {
            return parse(properties.key(), "NETWERKKAART_AUDIT_KEY");
        }
        if (properties.keyFile() != null) {
            var file = Path.of(properties.keyFile());
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("The audit key file " + file.toAbsolutePath()
                        + " (NETWERKKAART_AUDIT_KEY_FILE) does not exist. Restore it from its backup: without it the "
                        + "audit events it keyed cannot be verified.");
            }
            return read(file);
        }
        if (prod) {
            throw new IllegalStateException("The prod profile needs the audit trail's key, kept outside the database: "
                    + "set NETWERKKAART_AUDIT_KEY (base64, at least " + MINIMUM_KEY_BYTES + " random bytes, e.g. from "
                    + "`openssl rand -base64 32`) or NETWERKKAART_AUDIT_KEY_FILE (a file with that key). See docs/privacy.md.");
        }
        var generated = properties.checkpointFile().toAbsolutePath().resolveSibling("audit.key");
        return Files.isRegularFile(generated) ? read(generated) : generate(generated);
    }

    private static AuditKeyRing read(Path file) {
        try {
            if (posix(file) && !OWNER_ONLY.containsAll(Files.getPosixFilePermissions(file))) {
                log.warn("The audit key file {} can be read by others than its owner; make it rw------- (chmod 600)",
                        file.toAbsolutePath());
            }
            var lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.replaceFirst("#.*", "")).toList();
            return parse(String.join("\n", lines), "the audit key file " + file.toAbsolutePath());
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key file " + file.toAbsolutePath(), e);
        }
    }

    static AuditKeyRing parse(String text, String source) {
        var keys = new ArrayList<Key>();
        for (var entry : text.strip().split("[,\\s]+")) {
            if (entry.isEmpty()) {
                continue;
            }
            byte[] secret;
            try {
                secret = Base64.getDecoder().decode(entry);
            }
            catch (IllegalArgumentException e) {
                throw new IllegalStateException("Key " + (keys.size() + 1) + " in " + source + " is not base64");
            }
            if (secret.length < MINIMUM_KEY_BYTES) {
                throw new IllegalStateException("Key " + (keys.size() + 1) + " in " + source + " has " + secret.length
                        + " bytes; an audit key needs at least " + MINIMUM_KEY_BYTES + " random bytes (`openssl rand -base64 32`)");
            }
            keys.add(key(secret));
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(source + " holds no key");
        }
        return new AuditKeyRing(keys);
    }

    static Key key(byte[] secret) {
        var spec = new SecretKeySpec(secret, ALGORITHM);
        // The id is keyed by the key itself, so it identifies the key without revealing anything about it.
        var id = new Key(null, spec).mac("netwerkkaart audit key id").substring(0, 16);
        return new Key(id, spec);
    }

    private static AuditKeyRing generate(Path file) {
        var secret = new byte[MINIMUM_KEY_BYTES];
        new SecureRandom().nextBytes(secret);
        var text = """
                # Netwerkkaart audit key ring: one base64 key per line; the last one signs new audit events, the
                # others still verify what they signed. Keep this file apart from the database and its backups,
                # and keep a copy of it safe: without it the audit trail cannot be verified. See docs/privacy.md.
                %s
                """.formatted(Base64.getEncoder().encodeToString(secret));
        try {
            createPrivateDirectories(file.getParent());
            // created with its permissions in one step, so the key is never readable by others, not even briefly
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            else {
                Files.createFile(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
        catch (FileAlreadyExistsException anotherInstanceWasFirst) {
            return read(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot create the audit key file " + file + "; set NETWERKKAART_AUDIT_KEY "
                    + "or NETWERKKAART_AUDIT_KEY_FILE, or NETWERKKAART_AUDIT_CHECKPOINT_FILE to a writable place", e);
        }
        // what a first start outside prod does, so no warning: prod refuses to start without a configured key
        log.info("Generated a new audit key in {}. Keep a copy of it apart from the database backups; in production "
                + "configure NETWERKKAART_AUDIT_KEY or NETWERKKAART_AUDIT_KEY_FILE instead.", file.toAbsolutePath());
        return read(file);
    }

    /** Creates the directory (owner-only where the file system has POSIX permissions) unless it exists. */
    static void createPrivateDirectories(Path directory) throws IOException {
        if (Files.isDirectory(directory)) {
            return;
        }
        if (posix(directory)) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        else {
            Files.createDirectories(directory);
        }
    }

    static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
