package nl.netwerkkaart.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and token claims.
 *
 * @param demoAccounts fixed accounts for demos; refused in the {@code prod} profile
 * @param claims       which JWT claims carry the user's id, role, municipality and linked professional
 */
@ConfigurationProperties("netwerkkaart.security")
public record SecurityProperties(@DefaultValue List<DemoAccount> demoAccounts, @DefaultValue Claims claims) {

    /** A demo account; the password is hashed when the service starts and never kept in plain text after that. */
    public record DemoAccount(String username, String password, Role role, String municipalityId, String professionalId) {
    }

    /** Claim names in the identity provider's JWTs. */
    public record Claims(@DefaultValue("sub") String userId,
                         @DefaultValue("role") String role,
                         @DefaultValue("municipality_id") String municipality,
                         @DefaultValue("professional_id") String professional) {
    }
}
