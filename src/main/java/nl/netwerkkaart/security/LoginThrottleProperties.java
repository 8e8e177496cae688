package nl.netwerkkaart.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed password sign-ins are allowed before further attempts are refused, see {@link LoginThrottle}.
 *
 * @param maxFailuresPerAccount failures per user name within the window
 * @param maxFailuresPerAddress failures per client address within the window, whatever the user names; higher, as
 *                              the staff of a town hall may share one address
 * @param window                how long failures count, from the first one
 */
@ConfigurationProperties("netwerkkaart.security.login-throttle")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerAccount,
                                      @DefaultValue("50") int maxFailuresPerAddress,
                                      @DefaultValue("15m") Duration window) {

    public LoginThrottleProperties {
        if (maxFailuresPerAccount < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("netwerkkaart.security.login-throttle values must be positive");
        }
    }
}
