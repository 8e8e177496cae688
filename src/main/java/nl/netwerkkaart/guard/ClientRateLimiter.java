package nl.netwerkkaart.guard;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * One token bucket per client key. Buckets live in a bounded cache and are dropped once idle long enough to have
 * refilled completely, so forgetting one loses nothing and memory stays bounded however many clients come by.
 */
final class ClientRateLimiter {

    /** Under a flood from very many addresses the least recently used buckets go first. */
    private static final long MAX_CLIENTS = 100_000;

    private final GuardProperties.RateLimit limit;
    private final LoadingCache<String, Bucket> buckets;

    ClientRateLimiter(GuardProperties.RateLimit limit) {
        this.limit = limit;
        var refillTime = Duration.ofMinutes(1).multipliedBy(limit.burst()).dividedBy(limit.requestsPerMinute());
        this.buckets = Caffeine.newBuilder()
                .maximumSize(MAX_CLIENTS)
                .expireAfterAccess(refillTime.plusSeconds(1))
                .build(key -> newBucket());
    }

    /** Takes one request from the client's bucket; the probe says whether it was allowed and how long to wait if not. */
    ConsumptionProbe tryConsume(String clientKey) {
        return buckets.get(clientKey).tryConsumeAndReturnRemaining(1);
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.burst())
                        .refillGreedy(limit.requestsPerMinute(), Duration.ofMinutes(1)))
                .build();
    }
}
