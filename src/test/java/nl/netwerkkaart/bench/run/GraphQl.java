package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.netwerkkaart.bench.run.ClosedLoop.RequestFailed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL documents over HTTP/1.1 with keep-alive; the client keeps a connection per concurrent caller.
 * Anything but a 200 with data and without {@code errors} is a {@link RequestFailed}.
 */
final class GraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI url;
    private final HttpClient http;

    GraphQl(URI url) {
        this.url = url;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** The {@code data} of the answer; {@code token} null sends no Authorization header. */
    JsonNode post(String document, Map<String, Object> variables, String token)
            throws IOException, InterruptedException, RequestFailed {
        var body = new LinkedHashMap<String, Object>();
        body.put("query", document);
        body.put("variables", variables);
        var request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new RequestFailed("HTTP " + response.statusCode());
        }
        var answer = JSON.readTree(response.body());
        var errors = answer.path("errors");
        if (errors.isArray() && !errors.isEmpty()) {
            var first = errors.get(0);
            var classification = first.path("extensions").path("classification").asString("");
            throw new RequestFailed("GraphQL error " + classification + ": " + first.path("message").asString(""));
        }
        var data = answer.path("data");
        if (data.isMissingNode() || data.isNull()) {
            throw new RequestFailed("GraphQL answer without data");
        }
        return data;
    }

    /** The payload of a mutation; its user errors are failures too, as the write did not happen. */
    static JsonNode payload(JsonNode data, String field) throws RequestFailed {
        var payload = data.path(field);
        var userErrors = payload.path("userErrors");
        if (userErrors.isArray() && !userErrors.isEmpty()) {
            var first = userErrors.get(0);
            throw new RequestFailed("user error " + first.path("code").asString("") + " " + first.path("field").asString("")
                    + ": " + first.path("message").asString(""));
        }
        return payload;
    }

    static JsonMapper json() {
        return JSON;
    }
}
