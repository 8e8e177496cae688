package nl.netwerkkaart.ops;

import java.util.stream.Collectors;

import nl.netwerkkaart.security.SecurityProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The last line of the start-up log: where to open the service and, outside {@code prod}, which demo accounts there
 * are, so a newcomer need not look it up.
 */
@Component
class ReadyMessage {

    private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);
    private static final String DEMO_PASSWORD = "demo";

    private final SecurityProperties security;
    private final Environment environment;

    ReadyMessage(SecurityProperties security, Environment environment) {
        this.security = security;
        this.environment = environment;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        log.info(text(event));
    }

    String text(ApplicationReadyEvent event) {
        var address = "http://" + host() + ":" + port(event);
        var accounts = security.demoAccounts();
        if (accounts.isEmpty()) {
            return "Netwerkkaart is ready: open " + address;
        }
        var names = accounts.stream().map(SecurityProperties.DemoAccount::username).collect(Collectors.joining(", "));
        // the shipped demo password is in the README anyway; any other password stays out of the log
        var shippedPassword = accounts.stream().allMatch(account -> DEMO_PASSWORD.equals(account.password()));
        return "Netwerkkaart is ready: open " + address + " and sign in with a demo account: " + names
                + (shippedPassword ? " (password " + DEMO_PASSWORD + ")" : "");
    }

    private String host() {
        var address = environment.getProperty("server.address");
        return !StringUtils.hasText(address) || "0.0.0.0".equals(address) ? "localhost" : address;
    }

    private static int port(ApplicationReadyEvent event) {
        return event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : -1;
    }
}
