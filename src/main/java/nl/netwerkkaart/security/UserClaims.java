package nl.netwerkkaart.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Who a user is, read from the claims of the identity provider's tokens: one mapping for the API's bearer JWTs and the
 * pages' OpenID Connect sign-in, with the claim names of {@link SecurityProperties.Claims}. A claim name with dots that
 * is not itself a claim is a path into nested claims, such as Keycloak's {@code realm_access.roles}.
 */
@Component
public class UserClaims {

    /** What the pages need from the claims; the value names it in the address of the page that says it is missing. */
    public enum Missing {
        ROLE("rol"),
        MUNICIPALITY("gemeente"),
        /** A coach or professional acts as a {@code Professional} of the directory, so the token must name which. */
        PROFESSIONAL("beroepskracht");

        private final String parameter;

        Missing(String parameter) {
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    private final SecurityProperties.Claims names;

    UserClaims(SecurityProperties properties) {
        this.names = properties.claims();
    }

    /** The user the claims describe; empty without a known role, since every access rule starts from the role. */
    public Optional<NetwerkkaartUser> user(Map<String, Object> claims) {
        return role(claims).map(role -> new NetwerkkaartUser(text(claims, names.userId()), role,
                text(claims, names.municipality()), text(claims, names.professional())));
    }

    /** The first known role in the role claim, which identity providers send as a string or a list. */
    public Optional<Role> role(Map<String, Object> claims) {
        Object claim = claim(claims, names.role());
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        return values.stream()
                .map(value -> value.toString().toUpperCase(Locale.ROOT).replaceFirst("^ROLE_", ""))
                .flatMap(name -> Arrays.stream(Role.values()).filter(role -> role.name().equals(name)))
                .findFirst();
    }

    /** What a user signing in to the pages lacks; empty when they can use them. */
    public List<Missing> missingForPages(Map<String, Object> claims) {
        var missing = new ArrayList<Missing>();
        var role = role(claims);
        if (role.isEmpty()) {
            missing.add(Missing.ROLE);
        }
        if (text(claims, names.municipality()) == null) {
            missing.add(Missing.MUNICIPALITY);
        }
        if (role.filter(r -> r == Role.COACH || r == Role.PROFESSIONAL).isPresent() && text(claims, names.professional()) == null) {
            missing.add(Missing.PROFESSIONAL);
        }
        return List.copyOf(missing);
    }

    /** The claim names in use, for messages that tell an operator where a value was looked for. */
    public String describe(Missing missing) {
        return switch (missing) {
            case ROLE -> names.role();
            case MUNICIPALITY -> names.municipality();
            case PROFESSIONAL -> names.professional();
        };
    }

    /** A claim as text: a list (as some providers send single values) gives its first element; blank is absent. */
    private static String text(Map<String, Object> claims, String name) {
        Object value = claim(claims, name);
        if (value instanceof Collection<?> list) {
            value = list.isEmpty() ? null : list.iterator().next();
        }
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static Object claim(Map<String, ?> claims, String name) {
        if (claims.containsKey(name) || name.indexOf('.') < 0) {
            return claims.get(name);
        }
        Object node = claims;
        for (String part : name.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }
}
