package nl.netwerkkaart.hsds;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import nl.netwerkkaart.hsds.HsdsSpecification.Version;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pulling another system's HSDS API: from this service's own API over real HTTP (the demo municipality, read with an
 * API key), and from a small HTTP server that serves the specification's official example as its feed.
 */
@SuppressWarnings("unchecked")
class HsdsPullTest extends HsdsTestSupport {

    @LocalServerPort
    private int port;

    private HttpServer feed;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopFeed() {
        if (feed != null) {
            feed.stop(0);
        }
    }

    private HttpGraphQlTester graphQl() {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipality, null))
                .build());
    }

    /** Starts a pull and waits for its job to finish; the finished job. */
    private Map<String, Object> pull(Map<String, Object> input) {
        var id = graphQl().documentName("pullHsdsFeed").variable("input", input).execute()
                .path("pullHsdsFeed.userErrors").entityList(Object.class).hasSize(0)
                .path("pullHsdsFeed.job.id").entity(String.class).get();
        var deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            var job = graphQl().documentName("hsdsImportJobs").variable("id", id).execute()
                    .path("hsdsImportJobs[0]").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
            if (!"RUNNING".equals(job.get("status"))) {
                return job;
            }
            try {
                Thread.sleep(250);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the pull did not finish in time");
    }

    @Test
    void the_demo_municipalitys_own_hsds_api_pulls_into_another_municipality_and_again_changes_nothing() {
        var base = "http://localhost:" + port + "/hsds";
        var demo = exportJson(DEMO_MUNICIPALITY);

        var first = pull(Map.of("baseUrl", base, "apiKey", HsdsApiTest.DEMO_API_KEY));

        assertThat(first).containsEntry("status", "DONE");
        var report = (Map<String, Object>) first.get("report");
        assertThat(report).containsEntry("created", demo.size()).containsEntry("refused", 0);
        assertThat(exportJson(municipality)).extracting(s -> s.get("id"))
                .containsExactlyInAnyOrderElementsOf(demo.stream().map(s -> s.get("id")).toList());

        var again = pull(Map.of("baseUrl", base + "/", "apiKey", HsdsApiTest.DEMO_API_KEY, "full", true));
        assertThat((Map<String, Object>) again.get("report")).containsEntry("unchanged", demo.size()).containsEntry("created", 0)
                .containsEntry("updated", 0);
        assertThat(outcomes((Map<String, Object>) again.get("report"))).allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    @Test
    void a_feed_is_paged_through_and_later_runs_ask_only_for_what_changed() throws IOException {
        var service = HsdsSpecification.example(Version.V3_0, "service_full.json");
        serve(service);
        var base = "http://localhost:" + feed.getAddress().getPort() + "/api";

        var first = pull(Map.of("baseUrl", base));
        var second = graphQl().documentName("pullHsdsFeed").variable("input", Map.of("baseUrl", base)).execute()
                .path("pullHsdsFeed.modifiedAfter").entity(String.class).get();

        assertThat(first).containsEntry("status", "DONE");
        assertThat((Map<String, Object>) first.get("report")).containsEntry("created", 1);
        assertThat(requests).contains("/api/services?page=1&per_page=100", "/api/services/" + service.get("id"),
                "/api/taxonomies?page=1&per_page=100");
        assertThat(second).isNotNull();
        var modifiedAfter = waitForRequest("modified_after=");
        assertThat(modifiedAfter).startsWith("/api/services?page=1&per_page=100&modified_after=");
        assertThat(api("/hsds/services/" + service.get("id"))).containsEntry("alternate_name", service.get("alternate_name"));
    }

    @Test
    void a_feed_that_is_not_an_hsds_api_fails_the_job_naming_why_and_writes_nothing() throws IOException {
        feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/", exchange -> answer(exchange, 200, "<html>geen api</html>"));
        feed.start();
        var size = graphSize();

        var job = pull(Map.of("baseUrl", "http://localhost:" + feed.getAddress().getPort()));

        assertThat(job).containsEntry("status", "FAILED");
        assertThat((List<Map<String, Object>>) job.get("userErrors")).singleElement()
                .satisfies(error -> assertThat((String) error.get("message")).contains("/services"));
        assertThat(graphSize()).isEqualTo(size);
        graphQl().documentName("pullHsdsFeed").variable("input", Map.of("baseUrl", "file:///etc/passwd")).execute()
                .path("pullHsdsFeed.userErrors[0].field").entity(String.class).isEqualTo("input.baseUrl");
    }

    private String waitForRequest(String part) {
        var deadline = Instant.now().plus(Duration.ofMinutes(1));
        while (Instant.now().isBefore(deadline)) {
            var found = requests.stream().filter(r -> r.contains(part)).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no request with " + part + " in " + requests);
    }

    /** A feed serving one service: its listing in pages of one, the service by id, no taxonomies (404). */
    private void serve(Map<String, Object> service) throws IOException {
        feed = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feed.createContext("/api/", exchange -> {
            var uri = exchange.getRequestURI().toString();
            requests.add(uri);
            var path = exchange.getRequestURI().getPath();
            if (path.equals("/api/services")) {
                var changedSince = uri.contains("modified_after=");
                var page = Map.of("total_items", changedSince ? 0 : 1, "total_pages", changedSince ? 0 : 1, "page_number", 1,
                        "size", changedSince ? 0 : 1, "first_page", true, "last_page", true, "empty", changedSince,
                        "contents", changedSince ? List.of() : List.of(Map.of("id", service.get("id"), "name", service.get("name"),
                                "status", service.get("status"))));
                answer(exchange, 200, HsdsSpecification.JSON.writeValueAsString(page));
            }
            else if (path.equals("/api/services/" + service.get("id"))) {
                answer(exchange, 200, HsdsSpecification.JSON.writeValueAsString(service));
            }
            else {
                answer(exchange, 404, "{}");
            }
        });
        feed.start();
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
