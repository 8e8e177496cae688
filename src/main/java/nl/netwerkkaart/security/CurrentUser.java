package nl.netwerkkaart.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

/** Who is making the current request, from a demo account or from the claims of a JWT. */
@Component
public class CurrentUser {

    private final SecurityProperties.Claims claims;

    CurrentUser(SecurityProperties properties) {
        this.claims = properties.claims();
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
            return role(jwt).map(role -> new NetwerkkaartUser(jwt.getClaimAsString(claims.userId()), role,
                    jwt.getClaimAsString(claims.municipality()), jwt.getClaimAsString(claims.professional())));
        }
        return Optional.empty();
    }

    /** The first known role in the role claim, which identity providers send as a string or a list. */
    Optional<Role> role(Jwt jwt) {
        Object claim = jwt.getClaim(claims.role());
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        return values.stream()
                .map(value -> value.toString().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .findFirst();
    }
}
