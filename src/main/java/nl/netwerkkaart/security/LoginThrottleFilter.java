package nl.netwerkkaart.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses sign-in attempts that {@link LoginThrottle} holds back, before the password is checked: the login form goes
 * back to the login page, which says in Dutch how many minutes to wait ({@code /login?teveel=N}); an HTTP Basic call
 * gets 429 with {@code Retry-After} in seconds. Also the login form's failure handler, so the failure that uses up the
 * last attempt already says to wait.
 */
final class LoginThrottleFilter extends OncePerRequestFilter implements AuthenticationFailureHandler {

    private final LoginThrottle throttle;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = isFormLogin(request);
        var username = form ? request.getParameter("username") : basicUsername(request);
        var wait = form || username != null ? throttle.wait(username, request.getRemoteAddr()) : Optional.<Duration>empty();
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
        }
        else if (form) {
            toLoginPage(request, response, wait.get());
        }
        else {
            tooManyAttempts(response, wait.get());
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        var wait = throttle.wait(request.getParameter("username"), request.getRemoteAddr());
        if (wait.isPresent()) {
            toLoginPage(request, response, wait.get());
        }
        else {
            response.sendRedirect(request.getContextPath() + "/login?fout");
        }
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod()) && "/login".equals(request.getServletPath());
    }

    /** The user name of an HTTP Basic header; null without one, or when it is malformed (Basic refuses it then). */
    private String basicUsername(HttpServletRequest request) {
        try {
            var attempt = basic.convert(request);
            return attempt == null ? null : attempt.getName();
        }
        catch (AuthenticationException malformed) {
            return null;
        }
    }

    private static void toLoginPage(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login?teveel=" + ceilDiv(seconds(wait), 60));
    }

    private static void tooManyAttempts(HttpServletResponse response, Duration wait) throws IOException {
        long seconds = seconds(wait);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write("""
                {"errors":[{"message":"Too many failed sign-ins; try again in %d s.","extensions":{"classification":"TOO_MANY_REQUESTS"}}]}"""
                .formatted(seconds));
    }

    /** Whole seconds, rounded up, so the client never comes back too early. */
    private static long seconds(Duration wait) {
        return ceilDiv(wait.toMillis(), 1000);
    }

    private static long ceilDiv(long dividend, long divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
