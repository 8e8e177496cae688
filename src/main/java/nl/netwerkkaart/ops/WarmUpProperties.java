package nl.netwerkkaart.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The start-up warm-up ({@link StartupWarming}).
 *
 * @param enabled  whether the service runs its pages' queries once before it reports ready
 * @param deadline the longest the warm-up may hold readiness back; what is not done by then goes on in the background
 * @param threads  how many queries run at once
 * @param passes   how often each page query runs (the first compiles, later ones warm the code further)
 */
@ConfigurationProperties("netwerkkaart.warm-up")
record WarmUpProperties(@DefaultValue("true") boolean enabled, @DefaultValue("30s") Duration deadline,
                        @DefaultValue("2") int threads, @DefaultValue("1") int passes) {

    WarmUpProperties {
        if (deadline.isNegative() || threads < 1 || passes < 0) {
            throw new IllegalArgumentException("netwerkkaart.warm-up: deadline must not be negative, threads at least 1, passes not negative");
        }
    }
}
