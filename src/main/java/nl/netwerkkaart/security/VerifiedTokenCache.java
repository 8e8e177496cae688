package nl.netwerkkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the bearer tokens the real decoder verified, keyed by the token's exact text, so an API client that
 * sends the same token on every request pays the RS256 signature check and the claim validation once instead of on
 * every request (about 5 % of a request's CPU under load, JFR). A remembered token is used only while it is
 * current: before its {@code exp} and not before its {@code nbf}, checked on every use; after that the real decoder
 * decides again, so an expired token is refused exactly as before. No entry is kept longer than {@code maxAge}, so a
 * signing key the identity provider withdraws stops being accepted within that time even for tokens verified with it.
 * Tokens without an expiry are never remembered, and neither is anything the real decoder refused. The number of
 * remembered tokens is bounded; an evicted token is verified again on its next use.
 */
final class VerifiedTokenCache implements JwtDecoder {

    static final Duration DEFAULT_MAX_AGE = Duration.ofMinutes(5);
    static final long DEFAULT_MAXIMUM_SIZE = 10_000;

    private final JwtDecoder decoder;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokenCache(JwtDecoder decoder) {
        this(decoder, Clock.systemUTC(), DEFAULT_MAX_AGE, DEFAULT_MAXIMUM_SIZE);
    }

    /**
     * @param clock the time the token's expiry is checked against: the real clock, as the real decoder's timestamp
     *              validator uses (tests pass their own, which then also drives the entries' maximum age)
     */
    VerifiedTokenCache(JwtDecoder decoder, Clock clock, Duration maxAge, long maximumSize) {
        this.decoder = decoder;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(maxAge)
                // evictions on the caller's thread: cheap at this size, and the bound holds at once
                .executor(Runnable::run)
                .ticker(clockTicker(clock))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var jwt = verified.getIfPresent(token);
        if (jwt != null) {
            if (current(jwt, clock.instant())) {
                return jwt;
            }
            verified.invalidate(token);
        }
        jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && current(jwt, clock.instant())) {
            verified.put(token, jwt);
        }
        return jwt;
    }

    private static boolean current(Jwt jwt, Instant now) {
        return jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())
                && (jwt.getNotBefore() == null || !now.isBefore(jwt.getNotBefore()));
    }

    private static Ticker clockTicker(Clock clock) {
        if (clock.equals(Clock.systemUTC())) {
            return Ticker.systemTicker();
        }
        return () -> {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        };
    }
}
