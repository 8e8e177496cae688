package nl.netwerkkaart.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a family's data is kept after its help ended. The Jeugdwet dossier term is disputed: 15 years per the
 * national FAQ, 20 years per other sources; the municipality chooses.
 *
 * @param period the retention period, e.g. {@code P15Y} or {@code P20Y}
 */
@ConfigurationProperties("netwerkkaart.retention")
record RetentionProperties(Period period) {

    RetentionProperties {
        if (period == null || period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("netwerkkaart.retention.period must be a positive period, e.g. P15Y");
        }
    }
}
