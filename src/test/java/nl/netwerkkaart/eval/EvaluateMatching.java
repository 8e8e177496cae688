package nl.netwerkkaart.eval;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation command (eval/matching/run.sh): runs {@link MatchingEvaluation} against a running service with the
 * demo data, signed in as the demo coach with HTTP Basic. Arguments: the service's address (default
 * http://localhost:8080), the user (default coach) and password (default demo).
 */
public final class EvaluateMatching {

    private EvaluateMatching() {
    }

    public static void main(String[] args) {
        var base = args.length > 0 ? args[0] : "http://localhost:8080";
        var user = args.length > 1 ? args[1] : "coach";
        var password = args.length > 2 ? args[2] : "demo";
        var json = JsonMapper.builder().build();
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        var authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        MatchingEvaluation.Client client = (document, variables, field) -> {
            try {
                var body = new LinkedHashMap<String, Object>();
                body.put("query", document);
                body.put("variables", variables);
                var request = HttpRequest.newBuilder(URI.create(base + "/graphql"))
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .header("Authorization", authorization)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
                var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                // the service's rate limit (300 a minute after a burst of 100): wait and try again
                for (int attempt = 0; response.statusCode() == 429 && attempt < 30; attempt++) {
                    Thread.sleep(2000);
                    response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                }
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + field);
                }
                @SuppressWarnings("unchecked")
                var answer = (Map<String, Object>) json.readValue(response.body(), Map.class);
                if (answer.get("errors") != null) {
                    throw new IllegalStateException(field + ": " + answer.get("errors"));
                }
                @SuppressWarnings("unchecked")
                var data = (Map<String, Object>) answer.get("data");
                return data.get(field);
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
        var outcomes = MatchingEvaluation.run(client, MatchingEvaluation.FAMILY, MatchingEvaluation.questions());
        System.out.print(MatchingEvaluation.report(outcomes));
    }
}
