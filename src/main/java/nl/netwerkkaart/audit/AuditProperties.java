package nl.netwerkkaart.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Audit trail settings. How often events are sealed is {@code netwerkkaart.audit.seal-interval} (default 2s), read
 * by {@link AuditSealer}'s schedule.
 *
 * @param sealBatchSize how many events one sealing transaction links into the chain at most
 * @param sourceId      the NEN 7513 AuditSourceID written on every event; blank for {@code netwerkkaart@<hostname>}
 */
@ConfigurationProperties("netwerkkaart.audit")
public record AuditProperties(@DefaultValue("500") int sealBatchSize, String sourceId) {

    public AuditProperties {
        if (sealBatchSize < 1) {
            throw new IllegalArgumentException("netwerkkaart.audit.seal-batch-size must be at least 1");
        }
    }
}
