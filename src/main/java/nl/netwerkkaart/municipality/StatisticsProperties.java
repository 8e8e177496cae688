package nl.netwerkkaart.municipality;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure control and freshness of the municipality's aggregates.
 *
 * @param minimumCellSize counts of families' help questions, matches or assessments from 1 up to this value minus one
 *                        are suppressed; 1 switches suppression off
 * @param maxAge          how old a served coverage table or flow statistics may be (counted from the start of its
 *                        computation); 0 computes every answer fresh
 */
@ConfigurationProperties("netwerkkaart.statistics")
record StatisticsProperties(@DefaultValue("5") int minimumCellSize, @DefaultValue("1m") Duration maxAge) {

    StatisticsProperties {
        if (minimumCellSize < 1) {
            throw new IllegalArgumentException("netwerkkaart.statistics.minimum-cell-size must be at least 1");
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("netwerkkaart.statistics.max-age must not be negative");
        }
    }
}
