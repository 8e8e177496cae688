package nl.netwerkkaart.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The service acting as a user inside itself, without any sign-in: its start-up warm-up reads a real family's pages
 * as that family's coach would, so the access rules take the same paths as a real request. Never reachable from a
 * request: nothing maps a credential to it.
 */
public final class ServiceViewer {

    private ServiceViewer() {
    }

    /** An authentication for {@code user}, for the security context of a thread of the service's own. */
    public static Authentication as(NetwerkkaartUser user) {
        var details = new DemoAccountDetails(user, "");
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }
}
