package nl.netwerkkaart.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit trail settings. How often events are sealed is {@code netwerkkaart.audit.seal-interval} (default 2s), read
 * by {@link AuditSealer}'s schedule. Where the keys come from is described at {@link AuditKeyRing}.
 *
 * @param sealBatchSize      how many events one sealing transaction links into the chain at most
 * @param sourceId           the NEN 7513 AuditSourceID written on every event; blank for {@code netwerkkaart@<hostname>}
 * @param key                the audit keys, base64, separated by commas; the last one signs; blank to use a key file
 * @param keyFile            a file holding the audit keys, one base64 key per line; blank when {@code key} is set or
 *                           for the key generated beside the checkpoint file (not in {@code prod})
 * @param checkpointFile     the file this instance appends signed checkpoints of the chain to, outside the database
 * @param checkpointInterval at most this long after events are sealed a checkpoint records the chain's new head
 */
@ConfigurationProperties("netwerkkaart.audit")
public record AuditProperties(@DefaultValue("500") int sealBatchSize, String sourceId, String key, String keyFile,
                              Path checkpointFile, @DefaultValue("10s") Duration checkpointInterval) {

    public AuditProperties {
        if (sealBatchSize < 1) {
            throw new IllegalArgumentException("netwerkkaart.audit.seal-batch-size must be at least 1");
        }
        if (checkpointFile == null) {
            throw new IllegalArgumentException("netwerkkaart.audit.checkpoint-file (NETWERKKAART_AUDIT_CHECKPOINT_FILE) "
                    + "must be set: a file outside the database that the audit checkpoints are appended to");
        }
        if (checkpointInterval.isNegative()) {
            throw new IllegalArgumentException("netwerkkaart.audit.checkpoint-interval must not be negative");
        }
        key = key == null || key.isBlank() ? null : key;
        keyFile = keyFile == null || keyFile.isBlank() ? null : keyFile;
        if (sourceId == null || sourceId.isBlank()) {
            sourceId = "netwerkkaart@" + hostname();
        }
    }

    private static String hostname() {
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            var fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null ? "unknown-host" : fromEnvironment;
        }
    }
}
