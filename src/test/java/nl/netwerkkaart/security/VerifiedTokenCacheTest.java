package nl.netwerkkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache of verified bearer tokens on its own, with a decoder that stands in for the real one (signature and
 * timestamps) and a clock the test moves.
 */
class VerifiedTokenCacheTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger verifications = new AtomicInteger();
    /** Tokens whose signing key the identity provider withdrew: the real decoder refuses them from then on. */
    private final Set<String> withdrawn = new HashSet<>();

    /** Accepts "valid-N" tokens expiring N seconds after the start, refuses the rest, as the real decoder would. */
    private final JwtDecoder realDecoder = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("valid-") || withdrawn.contains(token)) {
            throw new BadJwtException("An error occurred while attempting to decode the Jwt: Signed JWT rejected");
        }
        var expiresAt = START.plusSeconds(Long.parseLong(token.substring("valid-".length())));
        if (!clock.instant().isBefore(expiresAt)) {
            throw new JwtValidationException("Jwt expired at " + expiresAt,
                    java.util.List.of(new OAuth2Error("invalid_token", "Jwt expired at " + expiresAt, null)));
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("coach")
                .issuedAt(START).expiresAt(expiresAt).build();
    };

    private final VerifiedTokenCache cache = new VerifiedTokenCache(realDecoder, clock, Duration.ofMinutes(5), 100);

    @Test
    void a_verified_token_is_verified_once_while_it_is_current() {
        var first = cache.decode("valid-3600");
        var second = cache.decode("valid-3600");

        assertThat(second).isSameAs(first);
        assertThat(verifications).hasValue(1);
        cache.decode("valid-7200");
        assertThat(verifications).as("another token is verified on its own").hasValue(2);
    }

    @Test
    void a_remembered_token_is_refused_once_it_expired() {
        cache.decode("valid-60");
        clock.move(Duration.ofSeconds(59));
        cache.decode("valid-60");
        assertThat(verifications).hasValue(1);

        clock.move(Duration.ofSeconds(1));
        assertThatThrownBy(() -> cache.decode("valid-60")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> cache.decode("valid-60")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).as("the real decoder decides on every use after the expiry").hasValue(3);
    }

    @Test
    void a_refused_token_is_never_remembered() {
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void a_token_whose_key_was_withdrawn_is_refused_within_the_maximum_age() {
        cache.decode("valid-3600");
        withdrawn.add("valid-3600");
        clock.move(Duration.ofMinutes(4));
        cache.decode("valid-3600");
        assertThat(verifications).as("still remembered within the maximum age").hasValue(1);

        clock.move(Duration.ofMinutes(1));
        assertThatThrownBy(() -> cache.decode("valid-3600")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void a_token_without_an_expiry_is_verified_on_every_use() {
        JwtDecoder noExpiry = token -> {
            verifications.incrementAndGet();
            return Jwt.withTokenValue(token).header("alg", "RS256").subject("coach").build();
        };
        var withoutExpiry = new VerifiedTokenCache(noExpiry, clock, Duration.ofMinutes(5), 100);
        withoutExpiry.decode("forever");
        withoutExpiry.decode("forever");

        assertThat(verifications).hasValue(2);
    }

    @Test
    void the_number_of_remembered_tokens_is_bounded() {
        var small = new VerifiedTokenCache(realDecoder, clock, Duration.ofMinutes(5), 2);
        for (int i = 1; i <= 50; i++) {
            small.decode("valid-" + (3600 + i));
        }
        for (int i = 1; i <= 50; i++) {
            small.decode("valid-" + (3600 + i));
        }

        assertThat(verifications.get()).as("most were evicted and verified again").isGreaterThan(60);
    }

    private static final class MovingClock extends Clock {

        private Instant now = START;

        void move(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
