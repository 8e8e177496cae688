package nl.netwerkkaart.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class HsdsTest extends GraphQlTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SCHEMA_BASE = "https://schemas.netwerkkaart.test/hsds/";

    @LocalServerPort
    private int port;

    /** A fresh municipality Lindeloo with kernen Lindeloo and Bremhorst, unique per test, and a user working for it. */
    private String municipality;
    private String lindeloo;
    private HttpGraphQlTester municipalityUser;

    @BeforeEach
    void fixtures() {
        var row = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Lindeloo', kind: 'MUNICIPALITY', latitude: 51.51, longitude: 5.6}),
                               (k:Area {id: randomUUID(), name: 'Lindeloo', kind: 'KERN', latitude: 51.50, longitude: 5.60})-[:PART_OF]->(m),
                               (b:Area {id: randomUUID(), name: 'Bremhorst', kind: 'KERN', latitude: 51.53, longitude: 5.62})-[:PART_OF]->(m)
                        RETURN m.id AS m, k.id AS k, b.id AS b""")
                .fetch().one().orElseThrow();
        municipality = (String) row.get("m");
        lindeloo = (String) row.get("k");
        municipalityUser = client(Role.MUNICIPALITY, municipality);
    }

    private HttpGraphQlTester client(Role role, String municipalityId) {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, municipalityId, null))
                .build());
    }

    private static Object fixture(String name) {
        try (var in = HsdsTest.class.getResourceAsStream("/hsds/" + name)) {
            return JSON.readValue(in, Object.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> importJson(HttpGraphQlTester client, Object document) {
        return client.documentName("importHsds").variable("document", document).execute()
                .path("importHsds.userErrors").entityList(Object.class).hasSize(0)
                .path("importHsds.report").entity(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    private List<Map<String, Object>> resources() {
        return municipalityUser.documentName("hsdsResources").variable("areaId", municipality).execute()
                .path("communityResources.edges[*].node")
                .entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
    }

    @Test
    void a_json_import_writes_valid_services_and_reports_each_broken_record_by_record_field_and_reason() {
        var report = importJson(municipalityUser, fixture("services.json"));

        assertThat(report).containsEntry("created", 1).containsEntry("updated", 0).containsEntry("unchanged", 0);
        assertThat((List<Map<String, Object>>) report.get("errors"))
                .extracting(e -> e.get("record") + " " + e.get("field"))
                .containsExactlyInAnyOrder("services[1] minimum_age", "services[1] schedules[0].opens_at",
                        "services[2] status", "services[2] attributes");
        assertThat((List<Map<String, Object>>) report.get("errors"))
                .filteredOn(e -> "minimum_age".equals(e.get("field")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.get("hsdsId")).isEqualTo("5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a71");
                    assertThat((String) e.get("reason")).contains("0 to 120");
                });
        assertThat((List<String>) report.get("unmappedTerms")).containsExactly("openeligibility:xyz-unmapped (Iets onbekends)");

        var resource = resources().get(0);
        assertThat(resource).containsEntry("name", "Voedselbank Lindeloo")
                .containsEntry("hsdsId", "5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a51")
                .containsEntry("kind", "SERVICE")
                .containsEntry("status", "ACTIVE")
                .containsEntry("free", true)
                .containsEntry("capacity", 80)
                .containsEntry("phone", "077-0009901")
                .containsEntry("locationName", "Uitgiftepunt Kerkstraat")
                .containsEntry("address", "Kerkstraat 1, 5999 ZZ, Bremhorst")
                .containsEntry("lastVerifiedAt", "2026-01-15")
                .containsEntry("lifeDomains", List.of("FINANCES"))
                .containsEntry("languages", List.of("nl", "ar"))
                .containsEntry("location", Map.of("name", "Bremhorst"))
                .containsEntry("organisation", Map.of("name", "Stichting Voedselbank Lindeloo"));
        assertThat((List<Object>) resource.get("serves")).containsExactly(Map.of("name", "Bremhorst"), Map.of("name", "Lindeloo"));
        assertThat((List<Map<String, Object>>) resource.get("schedules")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("freq", "WEEKLY").containsEntry("byday", "TU")
                        .containsEntry("opensAt", "13:00").containsEntry("closesAt", "16:00"));
        assertThat((List<Map<String, Object>>) resource.get("contacts")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("phone", "06-00009902"));
        assertThat((List<Map<String, Object>>) resource.get("taxonomyTerms")).extracting(t -> t.get("code"))
                .containsExactly("food", "xyz-unmapped");
        assertThat((List<Map<String, Object>>) resource.get("changes")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("action", "CREATE").containsEntry("source", "hsds-import"));
    }

    @Test
    void importing_the_same_document_again_changes_nothing() {
        importJson(municipalityUser, fixture("services.json"));
        var size = graphSize();

        var again = importJson(municipalityUser, fixture("services.json"));

        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 1);
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void a_changed_record_is_updated_in_place() {
        importJson(municipalityUser, fixture("services.json"));
        @SuppressWarnings("unchecked")
        var services = (List<Map<String, Object>>) fixture("services.json");
        services.get(0).put("name", "Voedselbank Lindeloo en Bremhorst");

        var report = importJson(municipalityUser, services);

        assertThat(report).containsEntry("created", 0).containsEntry("updated", 1);
        assertThat(resources()).extracting(r -> r.get("name")).containsExactly("Voedselbank Lindeloo en Bremhorst");
    }

    @Test
    void a_zip_of_csv_tables_imports_through_the_upload_endpoint_with_the_same_report() {
        var body = http().mutate()
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipality, null))
                .build()
                .post().uri("/hsds/import")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(csvZip())
                .exchange()
                .expectStatus().isOk()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();

        var report = (Map<String, Object>) body.get("report");
        assertThat(report).containsEntry("created", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("record", "services.csv row 3").containsEntry("field", "maximum_age");
            assertThat((String) e.get("reason")).isEqualTo("must be a number");
        });
        assertThat((List<String>) report.get("unmappedTerms")).containsExactly("lokaal:youth-unmapped (Jeugd)");
        assertThat(resources()).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("name", "Jeugdsport Lindeloo").containsEntry("kind", "CLUB")
                    .containsEntry("minimumAge", 4).containsEntry("maximumAge", 18)
                    .containsEntry("location", Map.of("name", "Lindeloo"))
                    .containsEntry("organisation", Map.of("name", "Sportkoepel Lindeloo"));
            assertThat((List<Map<String, Object>>) r.get("schedules")).singleElement()
                    .satisfies(s -> assertThat(s).containsEntry("byday", "WE,SA"));
        });
    }

    @Test
    void a_file_that_is_neither_json_nor_a_zip_is_refused_whole() {
        var size = graphSize();
        http().mutate()
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipality, null))
                .build()
                .post().uri("/hsds/import")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue("geen json".getBytes())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.userErrors[0].field").isEqualTo("file");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void the_export_validates_against_the_published_hsds_schemas() throws IOException {
        importJson(municipalityUser, fixture("services.json"));
        municipalityUser.documentName("createCommunityResource").variable("input", Map.of(
                        "name", "Buurtgezinnen Lindeloo", "kind", "VOLUNTEER_SUPPORT", "locationId", lindeloo,
                        "servesAreaIds", List.of(municipality), "lifeDomains", List.of("PARENTING"), "free", true,
                        "languages", List.of("nl")))
                .execute().path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0);

        var export = municipalityUser.documentName("exportHsds").execute()
                .path("exportHsds").entity(new org.springframework.core.ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();

        assertThat(export).extracting(s -> s.get("name")).containsExactly("Buurtgezinnen Lindeloo", "Voedselbank Lindeloo");
        var service = schema("service.json");
        for (var item : export) {
            Set<ValidationMessage> problems = service.validate(JSON.valueToTree(item));
            assertThat(problems).as("schema problems of %s", item.get("name")).isEmpty();
        }
        var imported = export.get(1);
        assertThat(imported).containsEntry("id", "5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a51").containsEntry("status", "active");
        assertThat((List<Map<String, Object>>) imported.get("service_areas")).extracting(a -> a.get("name"))
                .containsExactly("Bremhorst", "Lindeloo");
        assertThat((List<Map<String, Object>>) imported.get("attributes"))
                .extracting(a -> (Object) ((Map<?, ?>) a.get("taxonomy_term")).get("code"))
                .contains("food", "FINANCES", "SERVICE");
        assertThat((List<Map<String, Object>>) imported.get("metadata")).isNotEmpty();
    }

    @Test
    void an_exported_document_imports_into_another_municipality() {
        importJson(municipalityUser, fixture("services.json"));
        var export = municipalityUser.documentName("exportHsds").execute()
                .path("exportHsds").entity(Object.class).get();
        var other = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Lindeloo-Oost', kind: 'MUNICIPALITY'}),
                               (:Area {id: randomUUID(), name: 'Lindeloo', kind: 'KERN'})-[:PART_OF]->(m),
                               (:Area {id: randomUUID(), name: 'Bremhorst', kind: 'KERN'})-[:PART_OF]->(m)
                        RETURN m.id AS m""").fetchAs(String.class).one().orElseThrow();

        var report = importJson(client(Role.MUNICIPALITY, other), export);

        assertThat(report).containsEntry("created", 1).containsEntry("errors", List.of());
    }

    @Test
    void a_coach_can_neither_import_nor_export() {
        var size = graphSize();
        var coach = client(Role.COACH, municipality);

        coach.documentName("importHsds").variable("document", fixture("services.json")).execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();
        coach.documentName("exportHsds").execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();
        http().mutate().defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.COACH, municipality, null)).build()
                .post().uri("/hsds/import").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .exchange().expectStatus().isForbidden();

        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void a_document_that_is_not_a_service_or_list_is_refused_naming_the_document() {
        var size = graphSize();
        municipalityUser.documentName("importHsds").variable("document", "services").execute()
                .path("importHsds.report").valueIsNull()
                .path("importHsds.userErrors[0].field").entity(String.class).isEqualTo("input.document");
        assertThat(graphSize()).isEqualTo(size);
    }

    private JsonSchema schema(String file) {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(SCHEMA_BASE, "classpath:hsds-schema/")));
        return factory.getSchema(SchemaLocation.of(SCHEMA_BASE + file));
    }

    private static byte[] csvZip() {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var name : List.of("datapackage.json", "organizations.csv", "services.csv", "locations.csv",
                    "service_at_locations.csv", "schedules.csv", "attributes.csv", "taxonomy_terms.csv")) {
                zip.putNextEntry(new ZipEntry(name));
                try (InputStream in = HsdsTest.class.getResourceAsStream("/hsds/csv/" + name)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

}
