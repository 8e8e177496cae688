package nl.netwerkkaart.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real OpenID Connect provider in the test JVM (NAV's mock-oauth2-server), one for the whole JVM like the harness.
 * Its login page lets a browser sign in as any user with any claims, typed as JSON; it signs tokens with its own
 * keys, published for discovery like any provider's. It answers on 127.0.0.1 while the service answers on localhost,
 * so the browser crosses sites between the two as it does with a municipality's provider. As a context initializer
 * it points the service at itself through the variables an operator would set.
 */
public final class MockIdentityProvider implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String CLIENT_ID = "netwerkkaart";
    /** The audience API clients ask tokens for, which the service insists on. */
    public static final String AUDIENCE = "netwerkkaart-api";
    private static final String ISSUER_ID = "gemeente";
    private static final String CLIENT_SECRET = "geheim-van-de-test";

    private static MockOAuth2Server server;

    private static synchronized MockOAuth2Server server() {
        if (server == null) {
            var started = new MockOAuth2Server(new OAuth2Config(true));
            try {
                started.start(InetAddress.getByName("127.0.0.1"), 0);
            }
            catch (UnknownHostException e) {
                throw new IllegalStateException("Cannot start the mock identity provider", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(started::shutdown));
            server = started;
        }
        return server;
    }

    public static String issuerUri() {
        return "http://127.0.0.1:" + server().baseUrl().port() + "/" + ISSUER_ID;
    }

    /** An access token as the provider would issue one to an API client: {@code claims} must hold at least sub and aud. */
    public static String token(Map<String, Object> claims) {
        return server().anyToken(HttpUrl.get(issuerUri()), claims, Duration.ofMinutes(10)).serialize();
    }

    /** The requests the provider received since the last call, oldest first. */
    public static List<RecordedRequest> requests() {
        var requests = new ArrayList<RecordedRequest>();
        while (true) {
            try {
                requests.add(server().takeRequest(50, TimeUnit.MILLISECONDS));
            }
            catch (RuntimeException empty) {
                return requests;
            }
        }
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "NETWERKKAART_OIDC_ISSUER_URI=" + issuerUri(),
                "NETWERKKAART_OIDC_CLIENT_ID=" + CLIENT_ID,
                "NETWERKKAART_OIDC_CLIENT_SECRET=" + CLIENT_SECRET,
                "NETWERKKAART_OIDC_AUDIENCE=" + AUDIENCE,
                // the prod context is another instance of the service: a checkpoint file of its own, as in production
                "netwerkkaart.audit.checkpoint-file=" + TestAuditFiles.checkpointFile("prod")
        ).applyTo(context);
    }
}
