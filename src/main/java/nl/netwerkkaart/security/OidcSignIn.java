package nl.netwerkkaart.security;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Sign-in for the web pages in {@code prod}: the authorization-code flow with PKCE at the municipality's OpenID Connect
 * provider, through Spring Security's OAuth2 client. The tokens stay in the server's session; the browser holds only
 * the session cookie. A page asked for without a session goes through the provider and back to that page; signing out
 * ends the session here and, by RP-initiated logout, at the provider. The provider's endpoints are discovered from its
 * issuer when the service starts, so a wrong issuer stops the start instead of the first sign-in.
 */
@Component
@Profile("prod")
class OidcSignIn {

    private static final Logger log = LoggerFactory.getLogger(OidcSignIn.class);

    /** The registration's id, part of the redirect URI the provider must know: {@code {baseUrl}/login/oauth2/code/gemeente}. */
    static final String REGISTRATION_ID = "gemeente";
    private static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION_ID;
    /** Dutch pages that answer without a session: after signing out, and when signing in did not work. */
    static final String SIGNED_OUT_PAGE = "/afgemeld.html";
    static final String FAILED_PAGE = "/aanmelden-mislukt.html";

    private final OidcProperties properties;
    private final UserClaims claims;
    private final ClientRegistrationRepository registrations;
    private final OidcUserService users = new OidcUserService();

    OidcSignIn(OidcProperties properties, UserClaims claims) {
        this.properties = properties;
        this.claims = claims;
        this.registrations = new InMemoryClientRegistrationRepository(registration(properties));
    }

    private static ClientRegistration registration(OidcProperties properties) {
        var unset = new ArrayList<String>();
        if (!StringUtils.hasText(properties.issuerUri())) {
            unset.add("NETWERKKAART_OIDC_ISSUER_URI");
        }
        if (!StringUtils.hasText(properties.clientId())) {
            unset.add("NETWERKKAART_OIDC_CLIENT_ID");
        }
        if (!unset.isEmpty()) {
            throw new IllegalStateException("The prod profile signs users in at the municipality's OpenID Connect provider: set "
                    + String.join(" and ", unset) + " (see docs/sign-in.md)");
        }
        ClientRegistration.Builder builder;
        try {
            builder = ClientRegistrations.fromIssuerLocation(properties.issuerUri());
        }
        catch (RuntimeException e) {
            throw new IllegalStateException("Cannot read the OpenID Connect configuration of NETWERKKAART_OIDC_ISSUER_URI "
                    + properties.issuerUri() + ": " + e.getMessage(), e);
        }
        builder.registrationId(REGISTRATION_ID)
                .clientId(properties.clientId())
                .scope(properties.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                // PKCE for a confidential client too: a stolen authorization code is worthless without the verifier
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
        if (StringUtils.hasText(properties.clientSecret())) {
            builder.clientSecret(properties.clientSecret());
        }
        else {
            builder.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        }
        return builder.build();
    }

    void configure(HttpSecurity http) throws Exception {
        var signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri(properties.postLogoutRedirectUri());
        // when there is no provider session to end: the session had already expired, or the provider has no end-session endpoint
        signedOut.setDefaultTargetUrl(SIGNED_OUT_PAGE);
        http.oauth2Login(login -> login
                        // a page asked for without a session goes straight to the provider, there is no page of our own
                        .loginPage(SIGN_IN)
                        .clientRegistrationRepository(registrations)
                        // kept in the session, so they end with it and never reach the browser
                        .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(this::loadUser))
                        .failureHandler(this::failed))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    /**
     * The signed-in user with their role as authority, read by the same {@link UserClaims} as the API's JWTs. A user
     * the pages cannot serve is refused here, before a session exists.
     */
    private OidcUser loadUser(OidcUserRequest request) {
        var user = users.loadUser(request);
        var missing = claims.missingForPages(user.getClaims());
        if (!missing.isEmpty()) {
            throw new MissingClaims(user.getSubject(), missing);
        }
        var role = claims.role(user.getClaims()).orElseThrow();
        return new DefaultOidcUser(List.of(new SimpleGrantedAuthority(role.authority())), user.getIdToken(), user.getUserInfo());
    }

    /** A Dutch page instead of an error: what the account lacks, or that signing in did not work. */
    private void failed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        var page = request.getContextPath() + FAILED_PAGE;
        if (e instanceof MissingClaims refused) {
            log.info("Sign-in of {} refused: {}", refused.subject, refused.missing.stream()
                    .map(missing -> "no " + missing.name().toLowerCase() + " in claim '" + claims.describe(missing) + "'")
                    .collect(Collectors.joining(", ")));
            page += "?ontbreekt=" + refused.missing.stream().map(UserClaims.Missing::parameter).collect(Collectors.joining(","));
        }
        else {
            log.info("Sign-in at the identity provider failed: {}", e.getMessage());
        }
        response.sendRedirect(page);
    }

    /** The provider signed the user in, but their token lacks what the pages need. */
    private static final class MissingClaims extends OAuth2AuthenticationException {

        private final String subject;
        private final List<UserClaims.Missing> missing;

        MissingClaims(String subject, List<UserClaims.Missing> missing) {
            super(new OAuth2Error("netwerkkaart_missing_claims"), "The token lacks " + missing);
            this.subject = subject;
            this.missing = missing;
        }
    }
}
