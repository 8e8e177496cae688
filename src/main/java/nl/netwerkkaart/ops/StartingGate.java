package nl.netwerkkaart.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with a short Dutch message to everything but the health probes while the service is not ready: during
 * start-up the web server already listens (so the probes can answer) while migrations and the demo data load still
 * run, and a page or query then would meet a half-built database. Also during shutdown, once readiness is withdrawn.
 */
class StartingGate extends OncePerRequestFilter {

    static final String MESSAGE = "Netwerkkaart is nog niet klaar om te gebruiken (de database wordt bijgewerkt, of de dienst "
            + "stopt). Probeer het over een minuut opnieuw.";

    private final ApplicationAvailability availability;

    StartingGate(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, "10");
        // answered before Spring Security, which sets this on every other answer
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(MESSAGE);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }
}
