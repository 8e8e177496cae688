package nl.netwerkkaart.guard;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter on its own with a small bucket (2 at once, 1 a minute after that); that it guards {@code /graphql} in
 * the running service is checked in {@link GraphQlGuardTest}.
 */
class RateLimitFilterTest {

    private final RateLimitFilter filter =
            new RateLimitFilter(new ClientRateLimiter(new GuardProperties.RateLimit(1, 2)));

    @Test
    void requests_over_the_rate_limit_get_429_with_retry_after() throws Exception {
        assertThat(send("192.0.2.10", null).getHeader(RateLimitFilter.REMAINING_HEADER)).isEqualTo("1");
        assertThat(send("192.0.2.10", null).getStatus()).isEqualTo(200);

        var refused = send("192.0.2.10", null);
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(Integer.parseInt(refused.getHeader("Retry-After"))).isBetween(1, 60);
        assertThat(refused.getContentAsString())
                .contains("Too many requests; try again in ").contains("\"classification\":\"TOO_MANY_REQUESTS\"");

        assertThat(send("192.0.2.11", null).getStatus()).as("another address has its own bucket").isEqualTo(200);
    }

    @Test
    void an_authenticated_user_has_one_bucket_whatever_the_address() throws Exception {
        send("192.0.2.20", "coach-anna");
        send("192.0.2.21", "coach-anna");
        assertThat(send("192.0.2.22", "coach-anna").getStatus()).isEqualTo(429);
        assertThat(send("192.0.2.22", "coach-bram").getStatus()).isEqualTo(200);
        assertThat(send("192.0.2.22", null).getStatus()).as("the address itself was not charged").isEqualTo(200);
    }

    private MockHttpServletResponse send(String address, String user) throws Exception {
        var request = new MockHttpServletRequest("POST", "/graphql");
        request.setRemoteAddr(address);
        if (user != null) {
            request.setUserPrincipal(() -> user);
        }
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(chain.getRequest() != null).as("passed on").isEqualTo(response.getStatus() == 200);
        return response;
    }
}
