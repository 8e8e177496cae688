package nl.netwerkkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins (login form and HTTP Basic) per account and per client address, so password guessing
 * stops: once an account or an address has used up its failures within the window that began with its first failure,
 * {@link LoginThrottleFilter} refuses further attempts, without checking the password, until that window has passed.
 * Unknown user names count like existing ones (Spring Security reports both as bad credentials), so a refusal tells
 * nothing about whether an account exists. A successful sign-in clears the account's failures, not the address's.
 * Counts live in memory per instance, in a bounded cache.
 */
@Component
class LoginThrottle {

    /** Under a flood of user names or addresses the least recently used counts go first. */
    private static final long MAX_KEYS = 100_000;

    private final LoginThrottleProperties properties;
    private final Clock clock;
    private final Cache<String, Failures> failures;

    @Autowired
    LoginThrottle(LoginThrottleProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(LoginThrottleProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        this.failures = Caffeine.newBuilder().maximumSize(MAX_KEYS).expireAfterWrite(properties.window()).build();
    }

    /** How long an attempt for {@code username} from {@code address} must wait; empty when it may go ahead. */
    Optional<Duration> wait(String username, String address) {
        var now = clock.instant();
        return Stream.of(wait(accountKey(username), properties.maxFailuresPerAccount(), now),
                        wait(addressKey(address), properties.maxFailuresPerAddress(), now))
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
    }

    void failed(String username, String address) {
        var now = clock.instant();
        failures.asMap().compute(accountKey(username), (key, counted) -> next(counted, now));
        failures.asMap().compute(addressKey(address), (key, counted) -> next(counted, now));
    }

    void succeeded(String username) {
        failures.invalidate(accountKey(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken attempt
                && attempt.getDetails() instanceof WebAuthenticationDetails details) {
            failed(attempt.getName(), details.getRemoteAddress());
        }
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken signedIn) {
            succeeded(signedIn.getName());
        }
    }

    private Optional<Duration> wait(String key, int maxFailures, Instant now) {
        var counted = failures.getIfPresent(key);
        if (counted == null || counted.count() < maxFailures) {
            return Optional.empty();
        }
        var until = counted.since().plus(properties.window());
        return until.isAfter(now) ? Optional.of(Duration.between(now, until)) : Optional.empty();
    }

    private Failures next(Failures counted, Instant now) {
        return counted == null || !counted.since().plus(properties.window()).isAfter(now)
                ? new Failures(now, 1)
                : new Failures(counted.since(), counted.count() + 1);
    }

    /** User names are compared as typed but without case or surrounding spaces, so variants share one count. */
    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    /** Failures counted in the window that began {@code since}. */
    private record Failures(Instant since, int count) {
    }
}
