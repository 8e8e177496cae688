package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommunityResourceTest extends GraphQlTestSupport {

    /** A fresh municipality with two kernen and a wijk, expertise terms and an organisation, unique per test. */
    private String municipality;
    private String kern;
    private String wijk;
    private String otherKern;
    private String debtExpertise;
    private String narrowDebtExpertise;
    private String parentingExpertise;
    private String organisation;

    @BeforeEach
    void fixtures() {
        var suffix = UUID.randomUUID().toString();
        var row = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Bronveld', kind: 'MUNICIPALITY'}),
                               (k:Area {id: randomUUID(), name: 'Bronveld-Dorp', kind: 'KERN'})-[:PART_OF]->(m),
                               (w:Area {id: randomUUID(), name: 'Bronveld-Dorp-Zuid', kind: 'WIJK'})-[:PART_OF]->(k),
                               (k2:Area {id: randomUUID(), name: 'Bronveld-Heide', kind: 'KERN'})-[:PART_OF]->(m),
                               (o:Organisation {id: randomUUID(), name: 'Stichting Bronveld Samen'})
                        WITH m, k, w, k2, o
                        MATCH (finances:LifeDomain {code: 'FINANCES'}), (parenting:LifeDomain {code: 'PARENTING'})
                        CREATE (debt:Expertise {id: randomUUID(), name: 'Schuldhulp ' + $suffix})-[:IN_DOMAIN]->(finances),
                               (narrow:Expertise {id: randomUUID(), name: 'Schuldsanering ' + $suffix})-[:IN_DOMAIN]->(finances),
                               (narrow)-[:BROADER]->(debt),
                               (parentingTerm:Expertise {id: randomUUID(), name: 'Opvoedsteun ' + $suffix})-[:IN_DOMAIN]->(parenting)
                        RETURN m.id AS m, k.id AS k, w.id AS w, k2.id AS k2, o.id AS o,
                               debt.id AS debt, narrow.id AS narrow, parentingTerm.id AS parenting""")
                .bind(suffix).to("suffix")
                .fetch().one().orElseThrow();
        municipality = (String) row.get("m");
        kern = (String) row.get("k");
        wijk = (String) row.get("w");
        otherKern = (String) row.get("k2");
        organisation = (String) row.get("o");
        debtExpertise = (String) row.get("debt");
        narrowDebtExpertise = (String) row.get("narrow");
        parentingExpertise = (String) row.get("parenting");
    }

    /** A valid input located in and serving the kern, addressing finances; tests change what they need. */
    private Map<String, Object> input(String name) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("kind", "SERVICE");
        input.put("locationId", kern);
        input.put("servesAreaIds", List.of(kern));
        input.put("lifeDomains", List.of("FINANCES"));
        return input;
    }

    private String create(Map<String, Object> input) {
        return graphQl.documentName("createCommunityResource").variable("input", input).execute()
                .path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0)
                .path("createCommunityResource.communityResource.id").entity(String.class).get();
    }

    private String create(String name) {
        return create(input(name));
    }

    /** Names of the resources matching {@code filter} within this test's municipality. */
    private List<String> names(Map<String, Object> filter) {
        var scoped = new HashMap<>(filter);
        scoped.putIfAbsent("areaIds", List.of(municipality));
        return graphQl.documentName("communityResources").variable("filter", scoped).variable("first", 100).execute()
                .path("communityResources.edges[*].node.name").entityList(String.class).get();
    }

    private void refusedCreate(Map<String, Object> input, String expectedErrors) {
        var before = graphSize();
        graphQl.documentName("createCommunityResource").variable("input", input).execute()
                .path("createCommunityResource.communityResource").valueIsNull()
                .path("createCommunityResource.userErrors").matchesJson(expectedErrors);
        assertThat(graphSize()).isEqualTo(before);
    }

    private void refusedFilter(Map<String, Object> filter, String field) {
        graphQl.documentName("communityResources").variable("filter", filter).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).startsWith(field + ":");
                }));
    }

    @Test
    void created_resource_is_read_back_with_all_fields_and_links() {
        var input = input("  Schuldmaatjes Bronveld  ");
        input.putAll(Map.of("description", "Vrijwilligers helpen met de post", "kind", "VOLUNTEER_SUPPORT",
                "minimumAge", 18, "languages", List.of("nl", "en"), "free", true,
                "costDescription", "Gratis", "eligibilityDescription", "Inwoners met schulden",
                "email", "maatjes@bronveld.example.org", "phone", "06-12345678"));
        input.putAll(Map.of("website", "https://bronveld.example.org/maatjes", "capacity", 12,
                "lastVerifiedAt", LocalDate.now(Today.ZONE).minusMonths(2).toString(),
                "lifeDomains", List.of("PARENTING", "FINANCES"), "expertiseIds", List.of(debtExpertise),
                "organisationId", organisation, "locationId", wijk, "servesAreaIds", List.of(kern, otherKern)));

        graphQl.documentName("createCommunityResource").variable("input", input).execute()
                .path("createCommunityResource.userErrors").entityList(Object.class).hasSize(0)
                .path("createCommunityResource.communityResource").matchesJson("""
                        {"name": "Schuldmaatjes Bronveld", "description": "Vrijwilligers helpen met de post",
                         "kind": "VOLUNTEER_SUPPORT", "status": "ACTIVE", "minimumAge": 18, "maximumAge": null,
                         "languages": ["nl", "en"], "free": true, "costDescription": "Gratis",
                         "eligibilityDescription": "Inwoners met schulden", "email": "maatjes@bronveld.example.org",
                         "phone": "06-12345678", "website": "https://bronveld.example.org/maatjes", "capacity": 12,
                         "lastVerifiedAt": "%s", "stale": false,
                         "lifeDomains": ["FINANCES", "PARENTING"],
                         "expertises": [{"id": "%s"}],
                         "organisation": {"id": "%s", "name": "Stichting Bronveld Samen"},
                         "location": {"id": "%s", "name": "Bronveld-Dorp-Zuid"},
                         "serves": [{"name": "Bronveld-Dorp"}, {"name": "Bronveld-Heide"}]}"""
                        .formatted(LocalDate.now(Today.ZONE).minusMonths(2), debtExpertise, organisation, wijk))
                .path("createCommunityResource.communityResource.lifeDomains").entityList(String.class)
                .containsExactly("FINANCES", "PARENTING");
    }

    @Test
    void resource_not_verified_in_the_last_twelve_months_is_stale() {
        var recent = input("Recent gecontroleerd");
        recent.put("lastVerifiedAt", LocalDate.now(Today.ZONE).minusMonths(11).toString());
        var old = input("Lang niet gecontroleerd");
        old.put("lastVerifiedAt", LocalDate.now(Today.ZONE).minusMonths(13).toString());

        for (var entry : Map.of(create(recent), false, create(old), true, create("Nooit gecontroleerd"), true).entrySet()) {
            graphQl.documentName("communityResource").variable("id", entry.getKey()).execute()
                    .path("communityResource.stale").entity(Boolean.class).isEqualTo(entry.getValue());
        }
    }

    @Test
    void unknown_id_is_not_found_and_malformed_id_is_refused() {
        assertNotFound(graphQl.documentName("communityResource").variable("id", UUID.randomUUID().toString()).execute(),
                "communityResource");
        graphQl.documentName("communityResource").variable("id", "' OR 1=1 //").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("id: must be a UUID")));
    }

    @Test
    void only_active_resources_are_listed_unless_statuses_are_given() {
        create("Actieve bron");
        var closed = input("Tijdelijk gesloten bron");
        closed.put("status", "TEMPORARILY_CLOSED");
        create(closed);
        var defunct = input("Opgeheven bron");
        defunct.put("status", "DEFUNCT");
        create(defunct);

        assertThat(names(Map.of())).containsExactly("Actieve bron");
        assertThat(names(Map.of("statuses", List.of()))).containsExactly("Actieve bron");
        assertThat(names(Map.of("statuses", List.of("TEMPORARILY_CLOSED", "DEFUNCT"))))
                .containsExactly("Opgeheven bron", "Tijdelijk gesloten bron");
    }

    @Test
    void age_filter_keeps_resources_whose_bounds_include_the_age_with_missing_bounds_open() {
        var child = input("Jeugd 4 tot 18");
        child.putAll(Map.of("minimumAge", 4, "maximumAge", 18));
        create(child);
        var young = input("Tot 12");
        young.put("maximumAge", 12);
        create(young);
        var older = input("Vanaf 12");
        older.put("minimumAge", 12);
        create(older);
        create("Alle leeftijden");

        assertThat(names(Map.of("age", 3))).containsExactly("Alle leeftijden", "Tot 12");
        assertThat(names(Map.of("age", 12))).containsExactly("Alle leeftijden", "Jeugd 4 tot 18", "Tot 12", "Vanaf 12");
        assertThat(names(Map.of("age", 18))).containsExactly("Alle leeftijden", "Jeugd 4 tot 18", "Vanaf 12");
        assertThat(names(Map.of("age", 19))).containsExactly("Alle leeftijden", "Vanaf 12");
    }

    @Test
    void area_filter_finds_resources_serving_an_enclosing_area_or_lying_inside_the_area() {
        var wide = input("Voor de hele gemeente");
        wide.putAll(Map.of("locationId", otherKern, "servesAreaIds", List.of(municipality)));
        create(wide);
        var local = input("In de wijk");
        local.putAll(Map.of("locationId", wijk, "servesAreaIds", List.of(wijk)));
        create(local);
        var elsewhere = input("Op de heide");
        elsewhere.putAll(Map.of("locationId", otherKern, "servesAreaIds", List.of(otherKern)));
        create(elsewhere);

        assertThat(names(Map.of("areaIds", List.of(wijk)))).containsExactly("In de wijk", "Voor de hele gemeente");
        assertThat(names(Map.of("areaIds", List.of(kern)))).containsExactly("In de wijk", "Voor de hele gemeente");
        assertThat(names(Map.of("areaIds", List.of(otherKern)))).containsExactly("Op de heide", "Voor de hele gemeente");
        assertThat(names(Map.of("areaIds", List.of(municipality))))
                .containsExactly("In de wijk", "Op de heide", "Voor de hele gemeente");
    }

    @Test
    void expertise_filter_includes_resources_addressing_a_narrower_term() {
        var broad = input("Brede schuldhulp");
        broad.putAll(Map.of("lifeDomains", List.of(), "expertiseIds", List.of(debtExpertise)));
        create(broad);
        var narrow = input("Sanering");
        narrow.putAll(Map.of("lifeDomains", List.of(), "expertiseIds", List.of(narrowDebtExpertise)));
        create(narrow);
        create("Zonder expertise");

        assertThat(names(Map.of("expertiseIds", List.of(debtExpertise)))).containsExactly("Brede schuldhulp", "Sanering");
        assertThat(names(Map.of("expertiseIds", List.of(narrowDebtExpertise)))).containsExactly("Sanering");
    }

    @Test
    void life_domain_filter_matches_directly_or_through_an_expertise_in_the_domain() {
        var viaExpertise = input("Opvoedcursus");
        viaExpertise.putAll(Map.of("lifeDomains", List.of(), "expertiseIds", List.of(parentingExpertise)));
        create(viaExpertise);
        var direct = input("Ouderavond");
        direct.put("lifeDomains", List.of("PARENTING"));
        create(direct);
        create("Geldcafe");

        assertThat(names(Map.of("lifeDomains", List.of("PARENTING")))).containsExactly("Opvoedcursus", "Ouderavond");
        assertThat(names(Map.of("lifeDomains", List.of("PARENTING", "FINANCES"))))
                .containsExactly("Geldcafe", "Opvoedcursus", "Ouderavond");
    }

    @Test
    void kinds_languages_and_text_combine_with_and() {
        var club = input("Voetbalclub Bronveld");
        club.putAll(Map.of("kind", "CLUB", "languages", List.of("nl"), "description", "Sporten voor kinderen"));
        create(club);
        var fund = input("Jeugdfonds Bronveld");
        fund.putAll(Map.of("kind", "FUND", "languages", List.of("nl", "ar"), "description", "Betaalt de contributie voor sporten"));
        create(fund);

        assertThat(names(Map.of("kinds", List.of("CLUB", "FUND")))).containsExactly("Jeugdfonds Bronveld", "Voetbalclub Bronveld");
        assertThat(names(Map.of("languages", List.of("ar", "tr")))).containsExactly("Jeugdfonds Bronveld");
        assertThat(names(Map.of("text", "contributie"))).containsExactly("Jeugdfonds Bronveld");
        assertThat(names(Map.of("text", "sport", "kinds", List.of("CLUB")))).containsExactly("Voetbalclub Bronveld");
        assertThat(names(Map.of("text", "sport", "kinds", List.of("CLUB"), "languages", List.of("ar")))).isEmpty();
    }

    @Test
    void resources_page_with_cursors() {
        for (int i = 0; i < 3; i++) {
            create("Paginabron " + i);
        }
        var filter = Map.of("areaIds", List.of(municipality));
        var first = graphQl.documentName("communityResources").variable("filter", filter).variable("first", 2).execute();
        first.path("communityResources.totalCount").entity(Integer.class).isEqualTo(3)
                .path("communityResources.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true)
                .path("communityResources.edges[*].node.name").entityList(String.class).containsExactly("Paginabron 0", "Paginabron 1");
        var after = first.path("communityResources.pageInfo.endCursor").entity(String.class).get();

        graphQl.documentName("communityResources").variable("filter", filter).variable("first", 2).variable("after", after).execute()
                .path("communityResources.edges[*].node.name").entityList(String.class).containsExactly("Paginabron 2")
                .path("communityResources.pageInfo").matchesJson("{\"hasNextPage\": false, \"hasPreviousPage\": true}");
    }

    @Test
    void nested_fields_of_a_page_are_fetched_in_one_statement_each() {
        for (int i = 0; i < 3; i++) {
            var input = input("Batchbron " + i);
            input.putAll(Map.of("organisationId", organisation, "expertiseIds", List.of(debtExpertise)));
            create(input);
        }

        statements.reset();
        graphQl.documentName("communityResourcesWithLinks").variable("filter", Map.of("areaIds", List.of(municipality))).execute()
                .path("communityResources.edges[*].node.organisation.name").entityList(String.class).hasSize(3)
                .path("communityResources.edges[0].node").matchesJson("""
                        {"lifeDomains": ["FINANCES"], "organisation": {"name": "Stichting Bronveld Samen"},
                         "location": {"name": "Bronveld-Dorp"}, "serves": [{"name": "Bronveld-Dorp"}]}""");
        // the page plus one statement per nested field, however many resources the page holds
        assertThat(statements.count()).isEqualTo(6);
    }

    @Test
    void invalid_filter_arguments_are_refused_naming_the_field() {
        refusedFilter(Map.of("areaIds", List.of(municipality, "not-a-uuid")), "filter.areaIds[1]");
        refusedFilter(Map.of("age", 121), "filter.age");
        refusedFilter(Map.of("age", -1), "filter.age");
        refusedFilter(Map.of("languages", List.of("nl", "dutch")), "filter.languages[1]");
        refusedFilter(Map.of("text", "schuld ".repeat(40)), "filter.text");
        refusedFilter(Map.of("expertiseIds", Collections.nCopies(51, debtExpertise)), "filter.expertiseIds");
    }

    @Test
    void unknown_enum_value_in_the_filter_is_rejected_by_graphql() {
        graphQl.documentName("communityResources").variable("filter", Map.of("statuses", List.of("ACTIVE", "DELETED"))).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("DELETED")));
    }

    @Test
    void injection_text_in_the_filter_is_searched_harmlessly() {
        create("Gewone bron");
        var before = graphSize();

        for (var text : List.of("' OR 1=1 //", "\"}) DETACH DELETE n //", "*:* OR name:*")) {
            assertThat(names(Map.of("text", text))).isEmpty();
        }

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void blank_over_long_and_out_of_range_fields_are_refused_naming_them() {
        var input = input(" ");
        input.putAll(Map.of("description", "x".repeat(4001), "capacity", 10_001, "minimumAge", -1,
                "website", "javascript:alert(1)", "email", "geen-adres", "phone", "bel maar",
                "languages", List.of("nl", "Nederlands"), "lastVerifiedAt", LocalDate.now(Today.ZONE).plusDays(1).toString()));

        refusedCreate(input, """
                [{"field": "input.capacity", "code": "INVALID"}, {"field": "input.description", "code": "INVALID"},
                 {"field": "input.email", "code": "INVALID"}, {"field": "input.languages[1]", "code": "INVALID"},
                 {"field": "input.lastVerifiedAt", "code": "INVALID"}, {"field": "input.minimumAge", "code": "INVALID"},
                 {"field": "input.name", "code": "INVALID"}, {"field": "input.phone", "code": "INVALID"},
                 {"field": "input.website", "code": "INVALID"}]""");
        refusedCreate(input("x".repeat(201)), """
                [{"field": "input.name", "code": "INVALID"}]""");
    }

    @Test
    void reversed_ages_are_refused_on_the_maximum_age() {
        var input = input("Omgekeerde leeftijden");
        input.putAll(Map.of("minimumAge", 18, "maximumAge", 4));

        refusedCreate(input, """
                [{"field": "input.maximumAge", "code": "INVALID", "message": "must not be below minimumAge"}]""");
    }

    @Test
    void resource_must_address_a_life_domain_or_an_expertise() {
        var input = input("Nergens over");
        input.put("lifeDomains", List.of());

        refusedCreate(input, """
                [{"field": "input.lifeDomains", "code": "INVALID"}]""");
    }

    @Test
    void unknown_references_are_refused_naming_the_field() {
        var input = input("Losse eindjes");
        input.putAll(Map.of("expertiseIds", List.of(debtExpertise, UUID.randomUUID().toString()),
                "organisationId", UUID.randomUUID().toString(), "locationId", UUID.randomUUID().toString(),
                "servesAreaIds", List.of(UUID.randomUUID().toString(), kern.toUpperCase())));

        refusedCreate(input, """
                [{"field": "input.expertiseIds[1]", "code": "NOT_FOUND"},
                 {"field": "input.organisationId", "code": "NOT_FOUND"},
                 {"field": "input.locationId", "code": "NOT_FOUND"},
                 {"field": "input.servesAreaIds[0]", "code": "NOT_FOUND"}]""");
    }

    @Test
    void malformed_ids_and_an_empty_service_area_are_refused() {
        var input = input("Kapotte ids");
        input.putAll(Map.of("locationId", "1' OR '1'='1", "expertiseIds", List.of("abc"), "servesAreaIds", List.of()));

        refusedCreate(input, """
                [{"field": "input.expertiseIds[0]", "code": "INVALID"}, {"field": "input.locationId", "code": "INVALID"},
                 {"field": "input.servesAreaIds", "code": "INVALID"}]""");
    }

    @Test
    void unknown_kind_is_rejected_by_graphql() {
        var before = graphSize();
        var input = input("Winkel");
        input.put("kind", "SHOP");

        graphQl.documentName("createCommunityResource").variable("input", input).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).contains("SHOP")));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void injection_strings_are_stored_literally() {
        var before = graphSize();
        var input = input("' OR 1=1 //");
        input.put("description", "\"}) DETACH DELETE n //");

        var id = create(input);

        // the resource plus LOCATED_IN, SERVES and ADDRESSES, and its change record: nothing else changed
        assertThat(graphSize()).isEqualTo(before + 6);
        graphQl.documentName("communityResource").variable("id", id).execute()
                .path("communityResource").matchesJson("""
                        {"name": "' OR 1=1 //", "description": "\\"}) DETACH DELETE n //"}""");
    }

    @Test
    void update_replaces_fields_and_links() {
        var original = input("Oude bron");
        original.putAll(Map.of("description", "oud", "capacity", 5, "organisationId", organisation,
                "expertiseIds", List.of(debtExpertise), "languages", List.of("nl")));
        var id = create(original);

        var update = input("Nieuwe bron");
        update.putAll(Map.of("id", id, "kind", "GROUP", "status", "INACTIVE", "lifeDomains", List.of("PARENTING"),
                "locationId", otherKern, "servesAreaIds", List.of(municipality)));
        graphQl.documentName("updateCommunityResource").variable("input", update).execute()
                .path("updateCommunityResource.userErrors").entityList(Object.class).hasSize(0)
                .path("updateCommunityResource.communityResource").matchesJson("""
                        {"id": "%s", "name": "Nieuwe bron", "description": null, "kind": "GROUP", "status": "INACTIVE",
                         "capacity": null, "languages": [], "free": false, "lifeDomains": ["PARENTING"], "expertises": [],
                         "organisation": null, "location": {"id": "%s"}, "serves": [{"id": "%s"}]}"""
                        .formatted(id, otherKern, municipality));
    }

    @Test
    void update_of_an_unknown_resource_is_refused() {
        var before = graphSize();
        var update = input("Niemand");
        update.put("id", UUID.randomUUID().toString());

        graphQl.documentName("updateCommunityResource").variable("input", update).execute()
                .path("updateCommunityResource.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void resource_is_deleted_with_its_links() {
        var before = graphSize();
        var id = create("Kortstondige bron");

        graphQl.documentName("deleteCommunityResource").variable("id", id).execute()
                .path("deleteCommunityResource.deletedId").entity(String.class).isEqualTo(id);

        assertNotFound(graphQl.documentName("communityResource").variable("id", id).execute(), "communityResource");
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void delete_of_a_malformed_or_unknown_id_is_refused() {
        var before = graphSize();
        var errors = new ArrayList<String>();

        for (var id : List.of("\"}) DETACH DELETE n //", UUID.randomUUID().toString())) {
            errors.add(graphQl.documentName("deleteCommunityResource").variable("id", id).execute()
                    .path("deleteCommunityResource.userErrors[0].code").entity(String.class).get());
        }

        assertThat(errors).containsExactly("INVALID", "NOT_FOUND");
        assertThat(graphSize()).isEqualTo(before);
    }
}
