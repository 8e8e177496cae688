package nl.netwerkkaart.hsds;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The documented limit of 2,000 services imports in batches within the transaction timeout, one bad record refusing
 * only itself; parallel imports of the same new services make each resource once; the GraphQL import has the upload's
 * size limit.
 */
@SuppressWarnings("unchecked")
class HsdsScaleTest extends HsdsTestSupport {

    /** The transaction timeout the service runs with in production; each batch must fit well within it. */
    private static final long PRODUCTION_TIMEOUT_MILLIS = 10_000;

    @Autowired
    private HsdsService service;

    @Autowired
    private HsdsProperties properties;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static List<Object> services(int count, String prefix) {
        var services = new ArrayList<Object>();
        for (int i = 0; i < count; i++) {
            services.add(Map.of("id", newId(), "name", prefix + " " + i, "status", "active",
                    "description", "Een verzonnen voorziening voor de schaaltest.",
                    "service_at_locations", List.of(Map.of("id", newId(), "location", Map.of("id", newId(),
                            "location_type", "physical", "name", "Lindeloo", "latitude", 51.5, "longitude", 5.6))),
                    "attributes", List.of(Map.of("id", newId(), "taxonomy_term", Map.of("id", "5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a62",
                            "code", "food", "name", "Food", "description", "Food", "taxonomy", "openeligibility")))));
        }
        return services;
    }

    @Test
    void two_thousand_services_import_in_batches_and_one_bad_record_refuses_only_itself() {
        var services = services(properties.maxServices() - 1, "Schaaltest");
        services.add(500, Map.of("id", newId(), "status", "active"));

        long started = System.nanoTime();
        var report = upload(json(services));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(report).containsEntry("created", properties.maxServices() - 1).containsEntry("refused", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).singleElement().satisfies(error ->
                assertThat(error).containsEntry("record", "services[500]").containsEntry("field", "name"));
        var batches = (Integer) report.get("batches");
        assertThat(batches).isGreaterThanOrEqualTo(properties.maxServices() / properties.batchSize());
        assertThat(millis / batches).as("milliseconds per batch (%d ms for %d batches)", millis, batches)
                .isLessThan(PRODUCTION_TIMEOUT_MILLIS / 2);
        System.out.printf("HSDS scale: %d services in %d ms, %d batches, %d ms a batch%n", services.size(), millis, batches, millis / batches);

        var again = upload(json(services));
        assertThat(again).containsEntry("unchanged", properties.maxServices() - 1).containsEntry("created", 0).containsEntry("updated", 0);
    }

    @Test
    void parallel_imports_of_the_same_new_services_make_each_resource_once() throws Exception {
        var services = services(60, "Parallel");
        var body = json(services);
        Callable<Map<String, Object>> upload = () -> upload(body);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var futures = pool.invokeAll(Collections.nCopies(3, upload));
            for (var future : futures) {
                assertThat(outcomes(future.get())).filteredOn(o -> o.startsWith("service ")).hasSize(60)
                        .allMatch(o -> !o.endsWith("REFUSED"));
            }
        }
        finally {
            pool.shutdownNow();
        }

        var keys = neo4j.query("""
                        MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(:Area {id: $municipality})
                        RETURN count(r) AS resources, count(DISTINCT r.hsdsId) AS ids""")
                .bind(municipality).to("municipality").fetch().one().orElseThrow();
        assertThat(keys).containsEntry("resources", 60L).containsEntry("ids", 60L);
    }

    @Test
    void the_graphql_import_has_the_uploads_size_limit() {
        var jwt = Jwt.withTokenValue("test").header("alg", "none").claim("sub", "schaaltest")
                .claim("role", "MUNICIPALITY").claim("municipality_id", municipality).build();
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(jwt,
                List.of(new SimpleGrantedAuthority("ROLE_" + Role.MUNICIPALITY.name()))));
        var text = "x".repeat(1024 * 1024);
        var document = new ArrayList<Object>();
        while (document.size() * (long) text.length() <= properties.maxUploadBytes()) {
            document.add(Map.of("id", newId(), "name", "Te groot", "status", "active", "description", text));
        }
        var size = graphSize();

        var payload = service.importDocument(document);

        assertThat(payload.report()).isNull();
        assertThat(payload.userErrors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("input.document");
            assertThat(error.message()).isEqualTo("must be at most " + properties.maxUploadBytes() + " bytes");
        });
        assertThat(graphSize()).isEqualTo(size);
    }
}
