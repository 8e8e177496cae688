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
 * @param precompute      whether every municipality's default answers are computed ahead of time, at start-up and
 *                        again as they age ({@link StatisticsPrecomputation}); only with a max-age above 0
 */
@ConfigurationProperties("netwerkkaart.statistics")
record StatisticsProperties(@DefaultValue("5") int minimumCellSize, @DefaultValue("1m") Duration maxAge,
                            @DefaultValue("true") boolean precompute) {

    StatisticsProperties {
        if (minimumCellSize < 1) {
            throw new IllegalArgumentException("netwerkkaart.statistics.minimum-cell-size must be at least 1");
        }
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("netwerkkaart.statistics.max-age must not be negative");
        }
    }
}
