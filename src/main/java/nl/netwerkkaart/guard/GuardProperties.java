package nl.netwerkkaart.guard;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits that protect the GraphQL endpoint against hostile or careless traffic (OWASP GraphQL cheat sheet).
 *
 * @param maxDepth          deepest field nesting a query may have
 * @param maxComplexity     highest estimated cost a query may have, see {@link QueryCost}
 * @param maxDocumentLength longest query document, in characters, accepted before it is parsed
 * @param executionTimeout  how long one GraphQL execution may run before it is stopped
 * @param rateLimit         requests each client may make
 * @param maxBodySize       largest request body to {@code /graphql}, and to every other path but the file uploads,
 *                          which have their own limits
 * @param concurrentReads   queries executing at once at most, further ones wait their turn (mutations never do), see
 *                          {@link ReadAdmission}; -1 (the default) for as many as the JVM has processors, 0 for no
 *                          limit
 */
@ConfigurationProperties("netwerkkaart.graphql")
public record GuardProperties(int maxDepth, int maxComplexity, int maxDocumentLength, Duration executionTimeout,
                              RateLimit rateLimit, DataSize maxBodySize, int concurrentReads) {

    public GuardProperties {
        if (maxDepth < 1 || maxComplexity < 1 || maxDocumentLength < 1 || executionTimeout.isNegative() || executionTimeout.isZero()
                || maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("netwerkkaart.graphql limits must be positive");
        }
        if (concurrentReads < -1) {
            throw new IllegalArgumentException(
                    "netwerkkaart.graphql.concurrent-reads must be -1 (one per processor), 0 (no limit) or more");
        }
    }

    /** The number of queries that may execute at once; 0 for no limit. */
    public int readLimit() {
        return concurrentReads == -1 ? Runtime.getRuntime().availableProcessors() : concurrentReads;
    }

    /**
     * A token bucket per client: it holds {@code burst} requests and refills at {@code requestsPerMinute}.
     *
     * @param requestsPerMinute sustained rate
     * @param burst             how many requests a client may make at once after being idle
     */
    public record RateLimit(int requestsPerMinute, int burst) {

        public RateLimit {
            if (requestsPerMinute < 1 || burst < 1) {
                throw new IllegalArgumentException("netwerkkaart.graphql.rate-limit values must be positive");
            }
        }
    }
}
