package nl.netwerkkaart.security;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;

/**
 * Signs in a machine client by a key it sends with each request, for the few read-only endpoints that other systems
 * may call (such as the HSDS API). Each bean is asked before HTTP Basic and JWTs; it answers only for the requests it
 * knows, and the sign-in lasts for that request alone.
 */
public interface ApiKeyAuthenticator {

    /** The client the request's key belongs to; empty when the request carries none this authenticator knows. */
    Optional<Authentication> authenticate(HttpServletRequest request);
}
