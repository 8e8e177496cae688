package nl.netwerkkaart.hsds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.security.ApiKeyAuthenticator;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Who may read the HSDS API, and whose sociale kaart they read: a signed-in user with one of the configured roles
 * ({@code netwerkkaart.hsds.api.read-roles}, by default every role) reads their own municipality's; another system
 * sends an API key ({@code X-API-Key}) configured for one municipality ({@code netwerkkaart.hsds.api.keys}, stored as
 * SHA-256 only). A key signs in to the API's GET requests and nothing else.
 */
@Component
class HsdsApiAccess implements ApiKeyAuthenticator {

    static final String HEADER = "X-API-Key";

    /** A system that read the API with a key: which key, for which municipality. */
    record ApiClient(String name, String municipalityId) {
    }

    private final HsdsProperties properties;
    private final CurrentUser currentUser;

    HsdsApiAccess(HsdsProperties properties, CurrentUser currentUser) {
        this.properties = properties;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<Authentication> authenticate(HttpServletRequest request) {
        var key = request.getHeader(HEADER);
        var path = request.getServletPath();
        if (key == null || key.isBlank() || !HttpMethod.GET.matches(request.getMethod())
                || !(path.equals("/hsds") || path.startsWith("/hsds/")) || path.startsWith("/hsds/import")
                || path.startsWith("/hsds/export")) {
            return Optional.empty();
        }
        var hash = sha256(key.strip());
        for (var configured : properties.api().keys()) {
            if (configured.sha256() != null && configured.municipalityId() != null
                    && MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII),
                    configured.sha256().strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
                var client = new ApiClient(configured.name(), configured.municipalityId().toLowerCase(Locale.ROOT));
                return Optional.of(UsernamePasswordAuthenticationToken.authenticated(client, null,
                        List.of(new SimpleGrantedAuthority("HSDS_API_READ"))));
            }
        }
        return Optional.empty();
    }

    /** The municipality the caller reads; refused (403) for a caller who may not read the API. */
    String municipality(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof ApiClient client) {
            return client.municipalityId();
        }
        var user = currentUser.find().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!properties.api().readRoles().contains(user.role())) {
            throw new AccessDeniedException("role " + user.role() + " may not read the HSDS API");
        }
        if (user.municipalityId() == null || !Ids.isUuid(user.municipalityId())) {
            throw new AccessDeniedException("the account belongs to no municipality");
        }
        return user.municipalityId().toLowerCase(Locale.ROOT);
    }

    static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
