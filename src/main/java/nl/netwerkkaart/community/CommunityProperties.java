package nl.netwerkkaart.community;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the community resource directory.
 *
 * @param staleAfter a resource whose details were not verified for this long (or never) is flagged stale; default 12 months
 */
@ConfigurationProperties("netwerkkaart.community")
public record CommunityProperties(Period staleAfter) {

    public CommunityProperties {
        if (staleAfter == null) {
            staleAfter = Period.ofMonths(12);
        }
        if (staleAfter.isNegative() || staleAfter.isZero()) {
            throw new IllegalArgumentException("netwerkkaart.community.stale-after must be a positive period, e.g. P12M");
        }
    }
}
