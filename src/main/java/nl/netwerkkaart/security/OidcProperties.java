package nl.netwerkkaart.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pages' sign-in at the municipality's OpenID Connect provider ({@code prod} only).
 *
 * @param issuerUri             the provider's issuer; its endpoints and keys are discovered from it
 * @param clientId              this service's client id at the provider
 * @param clientSecret          its secret; blank for a public client, which then relies on PKCE alone
 * @param scopes                scopes asked for at sign-in
 * @param postLogoutRedirectUri where the provider sends the browser after signing out ({@code {baseUrl}} is this
 *                              service's own address)
 */
@ConfigurationProperties("netwerkkaart.security.oidc")
public record OidcProperties(String issuerUri,
                             String clientId,
                             String clientSecret,
                             @DefaultValue({"openid", "profile"}) List<String> scopes,
                             @DefaultValue("{baseUrl}/afgemeld.html") String postLogoutRedirectUri) {
}
