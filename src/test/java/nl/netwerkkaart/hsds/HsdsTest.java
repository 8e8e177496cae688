package nl.netwerkkaart.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import nl.netwerkkaart.hsds.HsdsSpecification.Version;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class HsdsTest extends HsdsTestSupport {

    @LocalServerPort
    private int port;

    private HttpGraphQlTester graphQl(Role role, String municipalityId) {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, municipalityId, null))
                .build());
    }

    static Object fixture(String name) {
        try (InputStream in = HsdsTest.class.getResourceAsStream("/hsds/" + name)) {
            return HsdsSpecification.JSON.readValue(in, Object.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> importJson(Object document) {
        return graphQl(Role.MUNICIPALITY, municipality).documentName("importHsds").variable("document", document).execute()
                .path("importHsds.userErrors").entityList(Object.class).hasSize(0)
                .path("importHsds.report").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();
    }

    private List<Map<String, Object>> resources() {
        return graphQl(Role.MUNICIPALITY, municipality).documentName("hsdsResources").variable("areaId", municipality).execute()
                .path("communityResources.edges[*].node")
                .entity(new ParameterizedTypeReference<List<Map<String, Object>>>() { }).get();
    }

    @Test
    void a_json_import_writes_the_services_reports_each_record_and_flags_what_does_not_fit() {
        var report = importJson(fixture("services.json"));

        assertThat(report).containsEntry("created", 2).containsEntry("updated", 0).containsEntry("unchanged", 0).containsEntry("refused", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).singleElement().satisfies(error ->
                assertThat(error).containsEntry("record", "services[2]").containsEntry("field", "status")
                        .containsEntry("name", "Ongeclassificeerde dienst"));
        // allowed by the specification, so accepted as it came, and named for someone to fix
        assertThat((List<Map<String, Object>>) report.get("flags")).extracting(f -> f.get("record") + " " + f.get("field"))
                .contains("services[1] minimum_age", "services[1] schedules[0].opens_at");
        assertThat((List<Map<String, Object>>) report.get("records")).extracting(r -> r.get("record") + " " + r.get("type") + " " + r.get("outcome"))
                .contains("services[0] service CREATED", "services[0].organization organization CREATED",
                        "services[1] service CREATED", "services[2] service REFUSED");
        assertThat((List<String>) report.get("unmappedTerms")).containsExactly("openeligibility:xyz-unmapped (Iets onbekends)");

        var resource = resources().stream().filter(r -> r.get("name").equals("Voedselbank Lindeloo")).findFirst().orElseThrow();
        assertThat(resource).containsEntry("hsdsId", "5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a51")
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
        assertThat((List<Map<String, Object>>) resource.get("changes")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("action", "CREATE").containsEntry("source", "hsds-import"));
        var flagged = resources().stream().filter(r -> r.get("name").equals("Kapotte opvoedgroep")).findFirst().orElseThrow();
        assertThat(flagged).containsEntry("minimumAge", null);
        assertThat((List<String>) flagged.get("hsdsFlags")).anyMatch(flag -> flag.startsWith("minimum_age: "));
    }

    @Test
    void importing_the_same_document_again_changes_nothing() {
        importJson(fixture("services.json"));
        var size = graphSize();

        var again = importJson(fixture("services.json"));

        assertThat(again).containsEntry("created", 0).containsEntry("updated", 0).containsEntry("unchanged", 2);
        assertThat(outcomes(again)).filteredOn(o -> !o.endsWith("REFUSED")).allMatch(o -> o.endsWith("UNCHANGED"));
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void a_changed_record_is_updated_in_place() {
        importJson(fixture("services.json"));
        var services = (List<Map<String, Object>>) fixture("services.json");
        services.get(0).put("name", "Voedselbank Lindeloo en Bremhorst");

        var report = importJson(services);

        assertThat(report).containsEntry("created", 0).containsEntry("updated", 1).containsEntry("unchanged", 1);
        assertThat(resources()).extracting(r -> r.get("name")).contains("Voedselbank Lindeloo en Bremhorst")
                .doesNotContain("Voedselbank Lindeloo");
    }

    @Test
    void a_service_without_a_location_imports_as_the_documentation_shows() {
        var report = importJson(List.of(Map.of("id", "5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a91", "name", "Inloopspreekuur Lindeloo",
                "status", "active")));

        assertThat(report).containsEntry("created", 1).containsEntry("refused", 0);
        assertThat(resources()).singleElement().satisfies(r -> assertThat(r).containsEntry("location", Map.of("name", "Gemeente Lindeloo")));
    }

    @Test
    void the_example_in_the_documentation_imports() throws IOException {
        neo4j.query("MATCH (m:Area {id: $m}) CREATE (:Area {id: randomUUID(), name: 'Panningen', kind: 'KERN'})-[:PART_OF]->(m)")
                .bind(municipality).to("m").run();
        var docs = java.nio.file.Files.readString(java.nio.file.Path.of("docs/hsds.md"));
        var start = docs.indexOf("```graphql\nmutation {\n  importHsds");
        var example = docs.substring(start + "```graphql\n".length(), docs.indexOf("```", start + 3));

        var report = graphQl(Role.MUNICIPALITY, municipality).document(example).execute()
                .path("importHsds.userErrors").entityList(Object.class).hasSize(0)
                .path("importHsds.report").entity(new ParameterizedTypeReference<Map<String, Object>>() { }).get();

        assertThat(report).containsEntry("created", 1).containsEntry("refused", 0).containsEntry("flags", List.of());
        assertThat(resources()).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("lifeDomains", List.of("FINANCES")).containsEntry("serves", List.of(Map.of("name", "Panningen"))));
    }

    @Test
    void a_zip_of_csv_tables_imports_through_the_upload_endpoint_with_the_same_report() {
        var report = upload(csvZip());

        assertThat(report).containsEntry("created", 1).containsEntry("refused", 1);
        assertThat((List<Map<String, Object>>) report.get("errors")).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("record", "services.csv row 3").containsEntry("field", "maximum_age");
            assertThat((String) e.get("reason")).isEqualTo("must be a number");
        });
        assertThat((List<String>) report.get("unmappedTerms")).containsExactly("lokaal:youth-unmapped (Jeugd)");
        assertThat(resources()).filteredOn(r -> r.get("name").equals("Jeugdsport Lindeloo")).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("kind", "CLUB").containsEntry("minimumAge", 4).containsEntry("maximumAge", 18)
                    .containsEntry("location", Map.of("name", "Lindeloo"))
                    .containsEntry("organisation", Map.of("name", "Sportkoepel Lindeloo"));
            assertThat((List<Map<String, Object>>) r.get("schedules")).singleElement()
                    .satisfies(s -> assertThat(s).containsEntry("byday", "WE,SA"));
        });
    }

    @Test
    void a_file_that_is_neither_json_nor_a_zip_is_refused_whole() {
        var size = graphSize();
        municipalityUser().post().uri("/hsds/import")
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue("geen json".getBytes())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.userErrors[0].field").isEqualTo("file");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void a_resource_made_here_exports_valid_under_its_own_id_and_a_reimport_finds_it() {
        graphQl(Role.MUNICIPALITY, municipality).documentName("createCommunityResource").variable("input", Map.of(
                        "name", "Buurtgezinnen Lindeloo", "kind", "VOLUNTEER_SUPPORT", "locationId", lindeloo,
                        "servesAreaIds", List.of(municipality), "lifeDomains", List.of("PARENTING"), "free", true,
                        "languages", List.of("nl"), "capacity", 3))
                .execute().path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0);
        var export = exportJson(municipality);
        var resources = count("CommunityResource");

        var report = upload(json(export));

        assertThat(export).singleElement().satisfies(service -> {
            assertThat(service).containsEntry("status", "active");
            for (var version : Version.values()) {
                assertThat(HsdsSpecification.problems(HsdsSpecification.schema(version, "service"), service)).as("%s", version).isEmpty();
            }
        });
        assertThat(report).containsEntry("unchanged", 1).containsEntry("created", 0);
        assertThat(count("CommunityResource")).isEqualTo(resources);
    }

    @Test
    void an_edit_here_goes_out_in_the_imported_record_and_the_rest_stays_as_it_came() {
        var original = HsdsSpecification.example(Version.V3_0, "service_full.json");
        upload(json(original));
        var resource = resources().get(0);
        var id = (String) graphQl(Role.MUNICIPALITY, municipality).document("{ communityResources(filter: {areaIds: [\"" + municipality
                        + "\"]}) { edges { node { id } } } }").execute()
                .path("communityResources.edges[0].node.id").entity(String.class).get();
        graphQl(Role.MUNICIPALITY, municipality).document("""
                        mutation($input: UpdateCommunityResourceInput!) { updateCommunityResource(input: $input) { userErrors { field message } } }""")
                .variable("input", Map.of("id", id, "name", "Gemeenschapsberaad", "kind", "SERVICE", "status", "TEMPORARILY_CLOSED",
                        "locationId", lindeloo, "servesAreaIds", List.of(municipality), "lifeDomains", List.of("MENTAL_HEALTH"),
                        "minimumAge", 12, "maximumAge", 100, "languages", List.of("ur")))
                .execute().path("updateCommunityResource.userErrors").entityList(Object.class).hasSize(0);

        var exported = api("/hsds/services/" + original.get("id"));

        assertThat(resource).containsEntry("name", "Community Counselling");
        // the update replaces every field of the resource: the description and phone it left out are cleared
        assertThat(exported).containsEntry("name", "Gemeenschapsberaad").containsEntry("status", "temporarily closed")
                .containsEntry("alternate_name", original.get("alternate_name"))
                .containsEntry("languages", original.get("languages"))
                .containsEntry("cost_options", original.get("cost_options"))
                .containsEntry("schedules", original.get("schedules"))
                .containsEntry("phones", List.of())
                .doesNotContainKey("description");
        assertThat(outcomes(upload(json(exported)))).filteredOn(o -> o.startsWith("service ")).containsExactly("service UNCHANGED");
    }

    @Test
    void an_exported_document_imports_into_another_municipality_with_its_own_organisation() {
        importJson(fixture("services.json"));
        var export = exportJson(municipality);
        var other = otherMunicipality();
        var renamed = new ArrayList<Map<String, Object>>();
        for (var service : export) {
            var copy = new LinkedHashMap<>(service);
            if (copy.get("organization") != null) {
                var organization = new LinkedHashMap<>((Map<String, Object>) copy.get("organization"));
                organization.put("name", "Voedselbank Lindeloo-Oost");
                copy.put("organization", organization);
            }
            renamed.add(copy);
        }

        var report = upload(other, json(renamed));

        assertThat(report).containsEntry("created", 2).containsEntry("errors", List.of());
        var names = neo4j.query("""
                        MATCH (o:Organisation {hsdsId: '5b8f4a2e-1c3d-4e5f-8a9b-0c1d2e3f4a52'})
                        RETURN o.municipalityId AS municipality, o.name AS name""")
                .fetch().all().stream().collect(java.util.stream.Collectors.toMap(r -> (String) r.get("municipality"), r -> (String) r.get("name"), (a, b) -> a, TreeMap::new));
        assertThat(names).containsEntry(municipality, "Stichting Voedselbank Lindeloo").containsEntry(other, "Voedselbank Lindeloo-Oost");
    }

    @Test
    void a_service_with_the_id_of_a_resource_made_here_updates_that_resource() {
        graphQl(Role.MUNICIPALITY, municipality).documentName("createCommunityResource").variable("input", Map.of(
                        "name", "Buurtkamer Lindeloo", "kind", "FACILITY", "locationId", lindeloo,
                        "servesAreaIds", List.of(lindeloo), "lifeDomains", List.of("SOCIAL_NETWORK")))
                .execute().path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0);
        var service = new LinkedHashMap<>(exportJson(municipality).get(0));
        service.put("description", "Elke ochtend open.");

        var report = upload(json(service));

        assertThat(report).containsEntry("updated", 1).containsEntry("created", 0);
        assertThat(exportJson(municipality)).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("id", service.get("id")).containsEntry("description", "Elke ochtend open."));
    }

    @Test
    void a_coach_can_neither_import_nor_export() {
        var size = graphSize();
        var coach = graphQl(Role.COACH, municipality);

        coach.documentName("importHsds").variable("document", fixture("services.json")).execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();
        coach.documentName("exportHsds").execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();
        user(Role.COACH, municipality).post().uri("/hsds/import").contentType(MediaType.APPLICATION_JSON).bodyValue("[]")
                .exchange().expectStatus().isForbidden();
        user(Role.COACH, municipality).get().uri("/hsds/export.zip").exchange().expectStatus().isForbidden();

        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void a_document_that_is_not_an_hsds_object_or_list_is_refused_naming_the_document() {
        var size = graphSize();
        graphQl(Role.MUNICIPALITY, municipality).documentName("importHsds").variable("document", "services").execute()
                .path("importHsds.report").valueIsNull()
                .path("importHsds.userErrors[0].field").entity(String.class).isEqualTo("input.document");
        assertThat(graphSize()).isEqualTo(size);
    }

    private static byte[] csvZip() {
        var files = new TreeMap<String, byte[]>();
        for (var name : List.of("datapackage.json", "organizations.csv", "services.csv", "locations.csv",
                "service_at_locations.csv", "schedules.csv", "attributes.csv", "taxonomy_terms.csv")) {
            try (InputStream in = HsdsTest.class.getResourceAsStream("/hsds/csv/" + name)) {
                files.put(name, in.readAllBytes());
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return HsdsSpecification.zip(files);
    }
}
