package nl.netwerkkaart.hsds;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A fresh municipality per test, Lindeloo with the kernen Lindeloo and Bremhorst, and a user working for it, with the
 * HSDS calls the tests make: upload, export, and the HSDS API.
 */
abstract class HsdsTestSupport extends GraphQlTestSupport {

    static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() { };
    static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() { };

    protected String municipality;
    protected String lindeloo;
    protected String bremhorst;

    @BeforeEach
    void municipality() {
        var row = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Lindeloo', kind: 'MUNICIPALITY', latitude: 51.51, longitude: 5.6}),
                               (k:Area {id: randomUUID(), name: 'Lindeloo', kind: 'KERN', latitude: 51.50, longitude: 5.60})-[:PART_OF]->(m),
                               (b:Area {id: randomUUID(), name: 'Bremhorst', kind: 'KERN', latitude: 51.53, longitude: 5.62})-[:PART_OF]->(m)
                        RETURN m.id AS m, k.id AS k, b.id AS b""")
                .fetch().one().orElseThrow();
        municipality = (String) row.get("m");
        lindeloo = (String) row.get("k");
        bremhorst = (String) row.get("b");
    }

    /** Another fresh municipality with the same kernen, for moving data between municipalities. */
    protected String otherMunicipality() {
        return neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Lindeloo-Oost', kind: 'MUNICIPALITY', latitude: 51.51, longitude: 5.6}),
                               (:Area {id: randomUUID(), name: 'Lindeloo', kind: 'KERN', latitude: 51.50, longitude: 5.60})-[:PART_OF]->(m),
                               (:Area {id: randomUUID(), name: 'Bremhorst', kind: 'KERN', latitude: 51.53, longitude: 5.62})-[:PART_OF]->(m)
                        RETURN m.id AS m""").fetchAs(String.class).one().orElseThrow();
    }

    protected WebTestClient user(Role role, String municipalityId) {
        return http().mutate()
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, municipalityId, null))
                .build();
    }

    protected WebTestClient municipalityUser() {
        return user(Role.MUNICIPALITY, municipality);
    }

    /** Uploads a file to {@code /hsds/import} as the municipality user; the report, after checking nothing was refused whole. */
    protected Map<String, Object> upload(byte[] file) {
        return upload(municipality, file);
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> upload(String municipalityId, byte[] file) {
        var body = user(Role.MUNICIPALITY, municipalityId).post().uri("/hsds/import")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(file)
                .exchange()
                .expectStatus().isOk()
                .expectBody(OBJECT).returnResult().getResponseBody();
        assertThat((List<Object>) body.get("userErrors")).as("refused whole: %s", body).isEmpty();
        return (Map<String, Object>) body.get("report");
    }

    protected byte[] json(Object value) {
        try {
            return HsdsSpecification.JSON.writeValueAsBytes(value);
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A GET of the HSDS API as the municipality user. */
    protected Map<String, Object> api(String path) {
        return municipalityUser().get().uri(path).exchange()
                .expectStatus().isOk()
                .expectBody(OBJECT).returnResult().getResponseBody();
    }

    protected List<Map<String, Object>> exportJson(String municipalityId) {
        return user(Role.MUNICIPALITY, municipalityId).get().uri("/hsds/export.json").exchange()
                .expectStatus().isOk()
                .expectBody(LIST).returnResult().getResponseBody();
    }

    protected byte[] exportZip(String municipalityId) {
        return user(Role.MUNICIPALITY, municipalityId).get().uri("/hsds/export.zip").exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** The outcomes of a report's records, as {@code type outcome}, e.g. {@code service UNCHANGED}. */
    @SuppressWarnings("unchecked")
    protected static List<String> outcomes(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("records")).stream()
                .map(r -> r.get("type") + " " + r.get("outcome")).toList();
    }

    @SuppressWarnings("unchecked")
    protected static List<String> flagFields(Map<String, Object> report) {
        return ((List<Map<String, Object>>) report.get("flags")).stream().map(f -> (String) f.get("field")).toList();
    }

    protected static String newId() {
        return UUID.randomUUID().toString();
    }
}
