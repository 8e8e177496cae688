package nl.netwerkkaart.security;

import java.io.IOException;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Who may call the service. Outside {@code prod}: demo accounts by form login (web pages) and HTTP Basic (API
 * clients). In {@code prod}: the municipality's identity provider, by OpenID Connect sign-in for the pages
 * ({@link OidcSignIn}) and JWTs for API clients. A JWT key, when configured, is also accepted outside {@code prod},
 * which is how the tests sign in as any role.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, Environment environment, ObjectProvider<JwtDecoder> jwtDecoder,
                                            CurrentUser currentUser, LoginThrottle loginThrottle,
                                            ObjectProvider<OidcSignIn> oidcSignIn,
                                            ObjectProvider<ApiKeyAuthenticator> apiKeys) throws Exception {
        boolean prod = environment.acceptsProfiles(Profiles.of("prod"));
        if (prod && jwtDecoder.getIfAvailable() == null) {
            throw new IllegalStateException("The prod profile signs users in at the municipality's identity provider: set "
                    + "NETWERKKAART_OIDC_ISSUER_URI (see docs/sign-in.md)");
        }
        // the login page and what it needs to render; in prod users sign in at the identity provider, and only the pages
        // for after signing out or a failed sign-in are open
        var open = prod ? new String[] {"/login", "/error", "/favicon.ico", "/favicon.svg", "/css/**",
                        OidcSignIn.SIGNED_OUT_PAGE, OidcSignIn.FAILED_PAGE, "/js/aanmelden-mislukt.js", "/js/afgemeld.js"}
                : new String[] {"/login", "/login.html", "/css/**", "/js/login.js", "/error", "/favicon.ico", "/favicon.svg"};
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(open).permitAll()
                        .requestMatchers("/actuator/health/liveness", "/actuator/health/readiness").permitAll()
                        .anyRequest().authenticated())
                .headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .requestCache(cache -> cache.requestCache(pagesOnly()))
                .logout(logout -> logout.deleteCookies("JSESSIONID"));
        if (prod) {
            oidcSignIn.getObject().configure(http);
        }
        else {
            // password guessing stops at the throttle, before form login and Basic check anything
            var throttle = new LoginThrottleFilter(loginThrottle);
            http.formLogin(form -> form.loginPage("/login").failureHandler(throttle).permitAll())
                    .httpBasic(Customizer.withDefaults())
                    .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class)
                    .logout(logout -> logout.logoutSuccessUrl("/login?afgemeld"))
                    // registered before form login's and Basic's own entry points, so it is asked first
                    .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                            SecurityConfiguration::sessionExpired, SecurityConfiguration::hasExpiredSession));
        }
        // The web pages are static, so they read the CSRF token from its cookie into their forms: the plain (not
        // XOR-masked) token, loaded on every request so the cookie is there before the first form is sent.
        var csrfTokens = new CsrfTokenRequestAttributeHandler();
        csrfTokens.setCsrfRequestAttributeName(null);
        http.csrf(csrf -> csrf
                .csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                .csrfTokenRequestHandler(csrfTokens)
                .ignoringRequestMatchers(SecurityConfiguration::isApiCall));
        apiKeys.orderedStream().forEach(apiKey -> http.addFilterBefore(new ApiKeyAuthenticationFilter(apiKey), BasicAuthenticationFilter.class));
        if (jwtDecoder.getIfAvailable() != null) {
            // verified tokens remembered until they expire (VerifiedTokenCache), not checked again on every request
            var decoder = new VerifiedTokenCache(jwtDecoder.getObject());
            http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt.decoder(decoder)
                    .jwtAuthenticationConverter(jwtAuthenticationConverter(currentUser))));
        }
        return http.build();
    }

    /**
     * After signing in, a user goes back to the page they asked for, never to what a page fetched on its own: a module
     * or GraphQL document an open page loads after its session expired would otherwise be saved, and the user would
     * land on a script instead of their page. Browsers ask for {@code text/html} by name only when navigating.
     */
    private static RequestCache pagesOnly() {
        var html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        html.setIgnoredMediaTypes(Set.of(MediaType.ALL));
        var cache = new HttpSessionRequestCache();
        cache.setRequestMatcher(request -> HttpMethod.GET.matches(request.getMethod()) && html.matches(request));
        return cache;
    }

    /** Whether the request carries a session cookie the server no longer knows: the session expired. */
    private static boolean hasExpiredSession(HttpServletRequest request) {
        return request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
    }

    /**
     * Sign-in needed after the session expired: pages go to the login page, which says so (the page asked for is saved,
     * as for any sign-in, and opened again afterwards); scripts get a bare 401 (no Basic challenge, so the browser shows
     * no password dialog) and go there themselves.
     */
    private static void sessionExpired(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
        else {
            response.sendRedirect(request.getContextPath() + "/login?verlopen");
        }
    }

    /**
     * A request a browser cannot be tricked into sending cross-site: it carries its own credentials, or it is a JSON
     * POST to the GraphQL endpoint, which browsers only send cross-site after a CORS preflight this service never
     * allows.
     */
    static boolean isApiCall(HttpServletRequest request) {
        if (request.getHeader("Authorization") != null) {
            return true;
        }
        var contentType = request.getContentType();
        return HttpMethod.POST.matches(request.getMethod())
                && "/graphql".equals(request.getServletPath())
                && contentType != null
                && MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType));
    }

    private static JwtAuthenticationConverter jwtAuthenticationConverter(CurrentUser currentUser) {
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> currentUser.role(jwt)
                .map(role -> List.<GrantedAuthority>of(new SimpleGrantedAuthority(role.authority())))
                .orElse(List.of()));
        return converter;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService demoAccounts(SecurityProperties properties, PasswordEncoder passwordEncoder, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod")) && !properties.demoAccounts().isEmpty()) {
            throw new IllegalStateException("Demo accounts are configured (netwerkkaart.security.demo-accounts) but the "
                    + "prod profile is active: remove them; in prod users sign in through the identity provider");
        }
        var accounts = properties.demoAccounts().stream()
                .map(account -> new DemoAccountDetails(
                        new NetwerkkaartUser(account.username(), account.role(), account.municipalityId(), account.professionalId()),
                        passwordEncoder.encode(account.password())))
                .toList();
        return username -> accounts.stream()
                .filter(account -> account.getUsername().equals(username))
                .findFirst()
                // a copy, because Spring Security erases the password of the instance it authenticates
                .map(account -> new DemoAccountDetails(account.user(), account.getPassword()))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
