package nl.netwerkkaart.directory;

import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganisationTest extends GraphQlTestSupport {

    private String create(String name, String description) {
        return graphQl.documentName("createOrganisation")
                .variable("input", Map.of("name", name, "description", description))
                .execute()
                .path("createOrganisation.userErrors").entityList(Object.class).hasSize(0)
                .path("createOrganisation.organisation.id").entity(String.class).get();
    }

    @Test
    void created_organisation_is_read_back_with_its_area() {
        var kern = neo4j.query("CREATE (a:Area {id: randomUUID(), name: 'Testkern', kind: 'KERN'}) RETURN a.id")
                .fetchAs(String.class).one().orElseThrow();

        graphQl.documentName("createOrganisation")
                .variable("input", Map.of("name", "  Stichting Kompas  ", "website", "https://kompas.example.org", "areaId", kern))
                .execute()
                .path("createOrganisation.userErrors").entityList(Object.class).hasSize(0)
                .path("createOrganisation.organisation").matchesJson("""
                        {"name": "Stichting Kompas", "website": "https://kompas.example.org",
                         "area": {"id": "%s", "name": "Testkern", "kind": "KERN"}}""".formatted(kern));
    }

    @Test
    void organisations_are_found_by_the_prefix_of_a_word() {
        var id = create("Stichting Schuldenvrij Oost", "Helpt met schuldhulpverlening en budgetbeheer");

        graphQl.documentName("organisations").variable("text", "schuldhulp").execute()
                .path("organisations.edges[*].node.id").entityList(String.class).contains(id);
    }

    @Test
    void organisations_page_with_cursors() {
        for (int i = 0; i < 3; i++) {
            create("Pagina-organisatie " + i, "voor de paginatest");
        }
        var first = graphQl.documentName("organisations").variable("text", "paginatest").variable("first", 2).execute();
        first.path("organisations.totalCount").entity(Integer.class).isEqualTo(3)
                .path("organisations.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var after = first.path("organisations.pageInfo.endCursor").entity(String.class).get();

        graphQl.documentName("organisations").variable("text", "paginatest").variable("first", 2).variable("after", after).execute()
                .path("organisations.edges").entityList(Object.class).hasSize(1)
                .path("organisations.pageInfo").matchesJson("{\"hasNextPage\": false, \"hasPreviousPage\": true}");
    }

    @Test
    void blank_name_and_bad_website_are_refused_naming_the_fields_and_nothing_is_written() {
        var before = graphSize();

        graphQl.documentName("createOrganisation")
                .variable("input", Map.of("name", " ", "website", "javascript:alert(1)"))
                .execute()
                .path("createOrganisation.organisation").valueIsNull()
                .path("createOrganisation.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "INVALID"}, {"field": "input.website", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void reference_to_a_missing_area_is_refused() {
        var before = graphSize();

        graphQl.documentName("createOrganisation")
                .variable("input", Map.of("name", "Zwevende stichting", "areaId", UUID.randomUUID().toString()))
                .execute()
                .path("createOrganisation.userErrors").matchesJson("""
                        [{"field": "input.areaId", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void over_long_name_is_refused() {
        graphQl.documentName("createOrganisation")
                .variable("input", Map.of("name", "x".repeat(201)))
                .execute()
                .path("createOrganisation.userErrors[0].field").entity(String.class).isEqualTo("input.name");
    }

    @Test
    void update_replaces_the_fields() {
        var id = create("Oude naam", "oud");

        graphQl.documentName("updateOrganisation")
                .variable("input", Map.of("id", id, "name", "Nieuwe naam"))
                .execute()
                .path("updateOrganisation.organisation").matchesJson("""
                        {"id": "%s", "name": "Nieuwe naam", "description": null}""".formatted(id));
    }

    @Test
    void update_of_an_unknown_organisation_is_refused() {
        graphQl.documentName("updateOrganisation")
                .variable("input", Map.of("id", UUID.randomUUID().toString(), "name", "Niemand"))
                .execute()
                .path("updateOrganisation.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }

    @Test
    void delete_explains_what_still_refers_to_the_organisation() {
        var id = create("Werkgever", "heeft personeel");
        neo4j.query("MATCH (o:Organisation {id: $id}) CREATE (:Professional {id: randomUUID(), name: 'Medewerker'})-[:WORKS_FOR]->(o)")
                .bind(id).to("id").run();

        graphQl.documentName("deleteOrganisation").variable("id", id).execute()
                .path("deleteOrganisation.deletedId").valueIsNull()
                .path("deleteOrganisation.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteOrganisation.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("1 professionals"));
    }

    @Test
    void unreferenced_organisation_is_deleted() {
        var id = create("Tijdelijk", "gaat weg");

        graphQl.documentName("deleteOrganisation").variable("id", id).execute()
                .path("deleteOrganisation.deletedId").entity(String.class).isEqualTo(id);
        assertNotFound(graphQl.documentName("organisation").variable("id", id).execute(), "organisation");
    }

    @Test
    void malformed_id_is_refused_naming_the_field() {
        graphQl.documentName("organisation").variable("id", "42' OR 1=1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).startsWith("id:");
                }));
    }

    @Test
    void page_size_above_the_maximum_is_refused() {
        graphQl.documentName("organisations").variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("first: must be between 1 and 100")));
    }
}
