package nl.netwerkkaart.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The throttle's counting on its own, on a clock the test moves: 3 failures per account, 4 per address, in 15 minutes.
 * That the service applies it to the login form and HTTP Basic is checked in {@link LoginThrottleTest}.
 */
class LoginThrottleWindowTest {

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginThrottleProperties(3, 4, Duration.ofMinutes(15)), clock);

    @Test
    void failures_count_in_a_window_from_the_first_one_and_are_forgotten_after_it() {
        throttle.failed("anna", "192.0.2.1");
        clock.pass(Duration.ofMinutes(5));
        throttle.failed("anna", "192.0.2.2");
        clock.pass(Duration.ofMinutes(5));
        assertThat(throttle.wait("anna", "192.0.2.3")).isEmpty();

        throttle.failed("anna", "192.0.2.3");
        assertThat(throttle.wait("anna", "192.0.2.4")).contains(Duration.ofMinutes(5));

        clock.pass(Duration.ofMinutes(5));
        assertThat(throttle.wait("anna", "192.0.2.4")).isEmpty();
        throttle.failed("anna", "192.0.2.4");
        assertThat(throttle.wait("anna", "192.0.2.4")).as("a new window with one failure").isEmpty();
    }

    @Test
    void a_success_clears_the_account_but_not_the_address() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("bram", "192.0.2.10");
        }
        assertThat(throttle.wait("bram", "192.0.2.11")).isPresent();
        throttle.succeeded("bram");
        assertThat(throttle.wait("bram", "192.0.2.11")).isEmpty();

        throttle.failed("carla", "192.0.2.10");
        assertThat(throttle.wait("daan", "192.0.2.10")).as("fourth failure of the address").contains(Duration.ofMinutes(15));
    }

    @Test
    void user_names_count_together_whatever_their_case_and_surrounding_spaces() {
        throttle.failed("Eva", "192.0.2.20");
        throttle.failed(" eva ", "192.0.2.21");
        throttle.failed("EVA", "192.0.2.22");
        assertThat(throttle.wait("eva", "192.0.2.23")).isPresent();
    }

    /** A clock standing still until the test moves it on. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-03-02T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
