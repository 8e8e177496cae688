package nl.netwerkkaart.guard;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The request body limits (1 MB for /graphql, 20 MB for the HSDS upload), over real HTTP with the JDK client. */
class RequestBodyLimitTest extends GraphQlTestSupport {

    private static final long MB = 1024 * 1024;
    private static final String QUERY = "{\"query\": \"{ lifeDomains { code } }\", \"variables\": {\"padding\": \"";
    private static final String QUERY_END = "\"}}";

    @LocalServerPort
    private int port;

    @Test
    void a_50_mb_body_is_refused_with_413_before_it_is_read_and_the_service_stays_healthy() throws Exception {
        assertThat(announce("/graphql", Role.ADMIN, 50 * MB))
                .startsWith("HTTP/1.1 413 ")
                .contains("""
                        {"errors":[{"message":"The request body is 52428800 bytes; at most 1048576 are allowed.","extensions":{"classification":"PAYLOAD_TOO_LARGE"}}]}""");

        graphQl.document("{ lifeDomains { code } }").execute().errors().verify()
                .path("lifeDomains").entityList(Object.class).hasSize(17);
    }

    @Test
    void a_body_of_exactly_the_limit_is_answered() throws Exception {
        var answered = post("/graphql", Role.ADMIN, padded(MB));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"FINANCES\"");
    }

    @Test
    void a_chunked_body_without_a_length_is_cut_off_at_the_limit() throws Exception {
        var refused = post("/graphql", Role.ADMIN, chunked(padded(MB + 100 * 1024)));
        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("The request body is larger than 1048576 bytes, the most allowed.");

        var answered = post("/graphql", Role.ADMIN, chunked(padded(MB / 2)));
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"FINANCES\"");
    }

    @Test
    void the_hsds_upload_takes_files_up_to_its_own_limit() throws Exception {
        // 2 MB of JSON is over the GraphQL limit but a readable (empty) HSDS list for the upload
        var json = "[" + " ".repeat((int) (2 * MB)) + "]";
        var read = post("/hsds/import", Role.MUNICIPALITY, BodyPublishers.ofString(json));
        assertThat(read.statusCode()).isNotEqualTo(413);
        assertThat(read.body()).contains("\"userErrors\"");

        assertThat(announce("/hsds/import", Role.MUNICIPALITY, 21 * MB))
                .startsWith("HTTP/1.1 413 ")
                .contains("at most " + (20 * MB + 64 * 1024) + " are allowed.");
    }

    @Test
    void a_multipart_hsds_file_over_one_megabyte_is_read() throws Exception {
        var boundary = "grens" + System.nanoTime();
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"diensten.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n[" + " ".repeat((int) (3 * MB)) + "]\r\n--" + boundary + "--\r\n";
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hsds/import"))
                .header("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, DEMO_MUNICIPALITY, null))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.ofString(body)).build();
        var response = client().send(request, BodyHandlers.ofString());
        assertThat(response.statusCode()).isNotIn(413, 500);
        assertThat(response.body()).contains("\"userErrors\"");
    }

    /**
     * Sends a request head announcing a body of {@code length} bytes, but no body, and reads the answer's head and body:
     * the service must answer without waiting for the body.
     */
    private String announce(String path, Role role, long length) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            var request = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                    + "Authorization: Bearer " + TestTokens.token(role, DEMO_MUNICIPALITY, null) + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            var in = socket.getInputStream();
            var head = new StringBuilder();
            while (head.indexOf("\r\n\r\n") < 0) {
                int next = in.read();
                if (next < 0) {
                    break;
                }
                head.append((char) next);
            }
            var contentLength = Pattern.compile("(?i)content-length: (\\d+)").matcher(head);
            var body = contentLength.find() ? in.readNBytes(Integer.parseInt(contentLength.group(1))) : new byte[0];
            return head + new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> post(String path, Role role, BodyPublisher body)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + TestTokens.token(role, DEMO_MUNICIPALITY, null))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(body).build();
        return client().send(request, BodyHandlers.ofString());
    }

    /** A client of its own for each request: the service closes the connection after a refusal. */
    private static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** A GraphQL request of exactly {@code size} bytes: a small query and an unused variable that fills it up. */
    private static BodyPublisher padded(long size) {
        long padding = size - QUERY.length() - QUERY_END.length();
        var head = QUERY.getBytes(StandardCharsets.UTF_8);
        var tail = QUERY_END.getBytes(StandardCharsets.UTF_8);
        return BodyPublishers.fromPublisher(BodyPublishers.ofInputStream(() -> new InputStream() {
            private long position;

            @Override
            public int read() {
                long at = position++;
                if (at < head.length) {
                    return head[(int) at];
                }
                if (at < head.length + padding) {
                    return 'x';
                }
                return at < size ? tail[(int) (at - head.length - padding)] : -1;
            }
        }), size);
    }

    /** The same bytes without a Content-Length, so the JDK client sends them chunked. */
    private static BodyPublisher chunked(BodyPublisher body) {
        return BodyPublishers.fromPublisher(body);
    }
}
