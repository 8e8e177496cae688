package nl.netwerkkaart.municipality;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Disclosure control of the municipality's aggregates.
 *
 * @param minimumCellSize counts of families' help questions, matches or assessments from 1 up to this value minus one
 *                        are suppressed; 1 switches suppression off
 */
@ConfigurationProperties("netwerkkaart.statistics")
record StatisticsProperties(@DefaultValue("5") int minimumCellSize) {

    StatisticsProperties {
        if (minimumCellSize < 1) {
            throw new IllegalArgumentException("netwerkkaart.statistics.minimum-cell-size must be at least 1");
        }
    }
}
