package nl.netwerkkaart.guard;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Per-client rate limit on the GraphQL endpoint. The client is the authenticated user when the request carries a
 * principal, else the remote address. Allowed requests carry {@code X-Rate-Limit-Remaining}; refused ones get
 * 429 Too Many Requests with {@code Retry-After} in seconds and a GraphQL-shaped error body.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    static final String REMAINING_HEADER = "X-Rate-Limit-Remaining";

    private final ClientRateLimiter limiter;

    RateLimitFilter(ClientRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var probe = limiter.tryConsume(clientKey(request));
        if (probe.isConsumed()) {
            response.setHeader(REMAINING_HEADER, Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("""
                {"errors":[{"message":"Too many requests; try again in %d s.","extensions":{"classification":"TOO_MANY_REQUESTS"}}]}"""
                .formatted(retryAfter));
    }

    /** Prefixed so that a user name can never share a bucket with an address. */
    private static String clientKey(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal != null ? "user:" + principal.getName() : "address:" + request.getRemoteAddr();
    }
}
