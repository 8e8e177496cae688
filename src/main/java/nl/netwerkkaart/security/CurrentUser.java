package nl.netwerkkaart.security;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request: a demo account, or the identity provider's claims, from an API client's JWT or
 * from the pages' OpenID Connect sign-in, both read by {@link UserClaims}.
 */
@Component
public class CurrentUser {

    private final UserClaims claims;

    CurrentUser(UserClaims claims) {
        this.claims = claims;
    }

    public NetwerkkaartUser get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    public Optional<NetwerkkaartUser> find() {
        return Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication()).flatMap(this::from);
    }

    Optional<NetwerkkaartUser> from(Authentication authentication) {
        if (authentication.getPrincipal() instanceof DemoAccountDetails account) {
            return Optional.of(account.user());
        }
        if (authentication.getPrincipal() instanceof Jwt jwt) {
            return claims.user(jwt.getClaims());
        }
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return claims.user(user.getClaims());
        }
        return Optional.empty();
    }

    /** The role a JWT grants, for its authorities. */
    Optional<Role> role(Jwt jwt) {
        return claims.role(jwt.getClaims());
    }
}
