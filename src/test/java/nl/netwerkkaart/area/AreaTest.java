package nl.netwerkkaart.area;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AreaTest extends GraphQlTestSupport {

    private String create(String name, String kind, String partOfId) {
        var input = new HashMap<String, Object>(Map.of("name", name, "kind", kind));
        input.put("partOfId", partOfId);
        return graphQl.documentName("createArea").variable("input", input).execute()
                .path("createArea.userErrors").entityList(Object.class).hasSize(0)
                .path("createArea.area.id").entity(String.class).get();
    }

    private void refusedCreate(Map<String, Object> input, String expectedErrors) {
        var before = graphSize();
        graphQl.documentName("createArea").variable("input", input).execute()
                .path("createArea.area").valueIsNull()
                .path("createArea.userErrors").matchesJson(expectedErrors);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void areas_created_as_a_hierarchy_are_read_back_with_their_parts() {
        var municipality = graphQl.documentName("createArea")
                .variable("input", Map.of("name", "  Gemeente Hoogveld  ", "kind", "MUNICIPALITY", "code", "GM9901",
                        "latitude", 51.5, "longitude", 5.9))
                .execute()
                .path("createArea.area").matchesJson("""
                        {"name": "Gemeente Hoogveld", "kind": "MUNICIPALITY", "code": "GM9901",
                         "latitude": 51.5, "longitude": 5.9, "partOf": null}""")
                .path("createArea.area.id").entity(String.class).get();
        var kern = create("Hoogveld-Dorp", "KERN", municipality);
        var west = create("Hoogveld-West", "WIJK", kern);
        var oost = create("Hoogveld-Oost", "WIJK", kern);

        graphQl.documentName("areaWithParts").variable("id", municipality).execute()
                .path("area").matchesJson("""
                        {"id": "%s", "partOf": null,
                         "parts": [{"id": "%s", "name": "Hoogveld-Dorp", "kind": "KERN",
                                    "parts": [{"id": "%s", "name": "Hoogveld-Oost", "kind": "WIJK"},
                                              {"id": "%s", "name": "Hoogveld-West", "kind": "WIJK"}]}]}"""
                        .formatted(municipality, kern, oost, west));
        graphQl.documentName("areaWithParts").variable("id", west).execute()
                .path("area.partOf").matchesJson("{\"id\": \"%s\", \"name\": \"Hoogveld-Dorp\"}".formatted(kern))
                .path("area.parts").entityList(Object.class).hasSize(0);
    }

    @Test
    void parts_of_every_area_in_a_page_are_fetched_in_one_statement() {
        var municipality = create("Gemeente Batchveld", "MUNICIPALITY", null);
        for (int i = 0; i < 3; i++) {
            var kern = create("Batchkern " + i, "KERN", municipality);
            create("Batchwijk " + i, "WIJK", kern);
        }

        statements.reset();
        graphQl.document("""
                        query($id: ID!) { areas(parentId: $id) { edges { node { name parts { name } partOf { name } } } } }""")
                .variable("id", municipality).execute()
                .path("areas.edges[*].node.parts[*].name").entityList(String.class)
                .containsExactly("Batchwijk 0", "Batchwijk 1", "Batchwijk 2");
        // the page, the parts of all kernen, their partOf: three statements however many kernen there are
        assertThat(statements.count()).isEqualTo(3);
    }

    @Test
    void kern_must_be_part_of_a_municipality() {
        var municipality = create("Gemeente Kernloos", "MUNICIPALITY", null);
        var kern = create("Kernloos-Dorp", "KERN", municipality);
        var wijk = create("Kernloos-Wijk", "WIJK", kern);

        refusedCreate(Map.of("name", "Zwevende kern", "kind", "KERN"), """
                [{"field": "input.partOfId", "code": "INVALID", "message": "a KERN must be part of a MUNICIPALITY"}]""");
        refusedCreate(Map.of("name", "Kern in een wijk", "kind", "KERN", "partOfId", wijk), """
                [{"field": "input.partOfId", "code": "INVALID"}]""");
    }

    @Test
    void wijk_must_be_part_of_a_kern() {
        var municipality = create("Gemeente Wijkloos", "MUNICIPALITY", null);

        refusedCreate(Map.of("name", "Wijk zonder kern", "kind", "WIJK", "partOfId", municipality), """
                [{"field": "input.partOfId", "code": "INVALID", "message": "a WIJK must be part of a KERN, not of a MUNICIPALITY"}]""");
    }

    @Test
    void municipality_is_part_of_nothing() {
        var other = create("Gemeente Buurgemeente", "MUNICIPALITY", null);

        refusedCreate(Map.of("name", "Gemeente Ingesloten", "kind", "MUNICIPALITY", "partOfId", other), """
                [{"field": "input.partOfId", "code": "INVALID"}]""");
    }

    @Test
    void coordinates_out_of_range_are_refused() {
        refusedCreate(Map.of("name", "Noordpool-plus", "kind", "MUNICIPALITY", "latitude", 91, "longitude", -180.5), """
                [{"field": "input.latitude", "code": "INVALID"}, {"field": "input.longitude", "code": "INVALID"}]""");
    }

    @Test
    void blank_or_over_long_name_bad_code_and_malformed_id_are_refused() {
        refusedCreate(Map.of("name", " ", "kind", "MUNICIPALITY", "code", "GM 1894; DROP"), """
                [{"field": "input.code", "code": "INVALID"}, {"field": "input.name", "code": "INVALID"}]""");
        refusedCreate(Map.of("name", "x".repeat(201), "kind", "KERN", "partOfId", "42' OR 1=1"), """
                [{"field": "input.name", "code": "INVALID"}, {"field": "input.partOfId", "code": "INVALID"}]""");
    }

    @Test
    void reference_to_a_missing_area_is_refused() {
        refusedCreate(Map.of("name", "Verdwaalde kern", "kind", "KERN", "partOfId", UUID.randomUUID().toString()), """
                [{"field": "input.partOfId", "code": "NOT_FOUND"}]""");
    }

    @Test
    void unknown_kind_is_rejected_by_graphql() {
        var before = graphSize();

        graphQl.documentName("createArea").variable("input", Map.of("name", "Provincie", "kind", "PROVINCE")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("PROVINCE")));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void injection_text_is_stored_literally() {
        var before = graphSize();
        var name = "\"}) DETACH DELETE n //";

        var id = graphQl.documentName("createArea").variable("input", Map.of("name", name, "kind", "MUNICIPALITY")).execute()
                .path("createArea.area.name").entity(String.class).isEqualTo(name)
                .path("createArea.area.id").entity(String.class).get();

        assertThat(graphSize()).isEqualTo(before + 1);
        graphQl.documentName("areaWithParts").variable("id", id).execute()
                .path("area.name").entity(String.class).isEqualTo(name);
    }

    @Test
    void update_replaces_the_fields() {
        var first = create("Gemeente Eerst", "MUNICIPALITY", null);
        var second = create("Gemeente Daarna", "MUNICIPALITY", null);
        var kern = graphQl.documentName("createArea")
                .variable("input", Map.of("name", "Verhuisdorp", "kind", "KERN", "code", "WP01", "latitude", 51.0, "partOfId", first))
                .execute().path("createArea.area.id").entity(String.class).get();

        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", kern, "name", "Verhuisd dorp", "kind", "KERN", "partOfId", second.toUpperCase()))
                .execute()
                .path("updateArea.userErrors").entityList(Object.class).hasSize(0)
                .path("updateArea.area").matchesJson("""
                        {"id": "%s", "name": "Verhuisd dorp", "code": null, "latitude": null, "partOf": {"id": "%s"}}"""
                        .formatted(kern, second));
        graphQl.documentName("areaWithParts").variable("id", first).execute()
                .path("area.parts").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_kern_moved_to_another_municipality_takes_its_resources_keys_along() {
        var first = create("Gemeente Oud", "MUNICIPALITY", null);
        var second = create("Gemeente Nieuw", "MUNICIPALITY", null);
        var kern = create("Schuifdorp", "KERN", first);
        var resource = "res-" + UUID.randomUUID();
        neo4j.query("MATCH (k:Area {id: $kern}) CREATE (:CommunityResource {id: $id, name: 'Buurthuis Schuifdorp'})-[:LOCATED_IN]->(k)")
                .bindAll(Map.of("kern", kern, "id", resource)).run();

        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", kern, "name", "Schuifdorp", "kind", "KERN", "partOfId", second))
                .execute().path("updateArea.userErrors").entityList(Object.class).hasSize(0);
        assertThat(neo4j.query("MATCH (r:CommunityResource {id: $id}) RETURN r.hsdsKey").bind(resource).to("id")
                .fetchAs(String.class).one()).contains(second + ":" + resource);

        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", kern, "name", "Schuifdorp", "kind", "KERN", "partOfId", first))
                .execute().path("updateArea.userErrors").entityList(Object.class).hasSize(0);
        assertThat(neo4j.query("MATCH (r:CommunityResource {id: $id}) RETURN r.hsdsKey").bind(resource).to("id")
                .fetchAs(String.class).one()).contains(first + ":" + resource);
    }

    @Test
    void update_of_an_unknown_area_is_refused() {
        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", UUID.randomUUID().toString(), "name", "Niemandsland", "kind", "MUNICIPALITY"))
                .execute()
                .path("updateArea.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }

    @Test
    void kind_change_that_no_longer_fits_the_parts_is_refused() {
        var municipality = create("Gemeente Ouderveld", "MUNICIPALITY", null);
        var otherKern = create("Ouderveld-Noord", "KERN", municipality);
        var kern = create("Ouderveld-Zuid", "KERN", municipality);
        create("Ouderveld-Zuid-Centrum", "WIJK", kern);
        var before = graphSize();

        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", kern, "name", "Ouderveld-Zuid", "kind", "WIJK", "partOfId", otherKern))
                .execute()
                .path("updateArea.userErrors").matchesJson("""
                        [{"field": "input.kind", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void area_cannot_be_part_of_itself() {
        var municipality = create("Gemeente Zelfvoorzienend", "MUNICIPALITY", null);

        graphQl.documentName("updateArea")
                .variable("input", Map.of("id", municipality, "name", "Zelfvoorzienend", "kind", "KERN", "partOfId", municipality))
                .execute()
                .path("updateArea.userErrors").matchesJson("""
                        [{"field": "input.partOfId", "code": "INVALID", "message": "an area cannot be part of itself"}]""");
    }

    @Test
    void delete_explains_what_still_refers_to_the_area() {
        var municipality = create("Gemeente Bezet", "MUNICIPALITY", null);
        create("Bezet-Dorp", "KERN", municipality);
        neo4j.query("""
                        MATCH (a:Area {id: $id})
                        CREATE (:CommunityResource {id: randomUUID(), name: 'Bezette bron'})-[:SERVES]->(a),
                               (:Family {id: randomUUID(), name: 'Gezin Bezet'})-[:LIVES_IN]->(a)""")
                .bind(municipality).to("id").run();
        var before = graphSize();

        graphQl.documentName("deleteArea").variable("id", municipality).execute()
                .path("deleteArea.deletedId").valueIsNull()
                .path("deleteArea.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteArea.userErrors[0].message").entity(String.class).satisfies(message -> assertThat(message)
                        .contains("1 parts", "1 families living there", "1 community resources serving it")
                        .doesNotContain("organisations"));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void unreferenced_area_is_deleted() {
        var municipality = create("Gemeente Opgeheven", "MUNICIPALITY", null);

        graphQl.documentName("deleteArea").variable("id", municipality).execute()
                .path("deleteArea.deletedId").entity(String.class).isEqualTo(municipality);
        assertNotFound(graphQl.documentName("areaWithParts").variable("id", municipality).execute(), "area");
    }

    @Test
    void delete_of_a_malformed_or_unknown_id_is_refused() {
        var before = graphSize();

        graphQl.documentName("deleteArea").variable("id", "1 OR 1=1").execute()
                .path("deleteArea.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "INVALID"}]""");
        graphQl.documentName("deleteArea").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteArea.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }
}
