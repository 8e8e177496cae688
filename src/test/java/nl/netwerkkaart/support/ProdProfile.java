package nl.netwerkkaart.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs a subclass of {@link GraphQlTestSupport} (or {@link BrowserTestSupport}) against the service in the {@code prod}
 * profile, signing in at the {@link MockIdentityProvider}. Every class carrying it, and nothing more, shares one Spring
 * context, so keep the settings of that context here and in {@link MockIdentityProvider}, never on a test class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("prod")
@ContextConfiguration(initializers = MockIdentityProvider.class)
// The browser tests load whole pages on two shared, loaded cores; the time limits themselves are tested elsewhere, and
// so is the start-up warm-up (StartupWarmingTest), which would only add to this context's start.
@TestPropertySource(properties = {"NETWERKKAART_GRAPHQL_TIMEOUT=60s", "NETWERKKAART_TRANSACTION_TIMEOUT=60s",
        "NETWERKKAART_WARM_UP_ENABLED=false"})
public @interface ProdProfile {
}
