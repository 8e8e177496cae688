package nl.netwerkkaart.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExpertiseTest extends GraphQlTestSupport {

    private static Map<String, Object> input(String name, List<String> lifeDomains, List<String> broaderIds) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("description", "Testterm " + name);
        input.put("lifeDomains", lifeDomains);
        input.put("broaderIds", broaderIds);
        return input;
    }

    private String create(String name, List<String> lifeDomains, List<String> broaderIds) {
        return graphQl.documentName("createExpertise")
                .variable("input", input(name, lifeDomains, broaderIds))
                .execute()
                .path("createExpertise.userErrors").entityList(Object.class).hasSize(0)
                .path("createExpertise.expertise.id").entity(String.class).get();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void life_domains_are_the_seventeen_reference_domains_in_order() {
        var codes = graphQl.documentName("lifeDomains").execute()
                .path("lifeDomains[*].code").entityList(String.class).get();

        assertThat(codes).hasSize(17).startsWith("FINANCES", "WORK_AND_EDUCATION").endsWith("SCHOOL", "SAFETY");
        graphQl.documentName("lifeDomains").execute()
                .path("lifeDomains[0]").matchesJson("""
                        {"id": "5f098479-ab68-53ed-a3b7-eeec94e94a0a", "code": "FINANCES", "name": "Financiën", "framework": "ZRM"}""")
                .path("lifeDomains[13]").matchesJson("""
                        {"code": "PARENTING", "name": "Opvoeding", "framework": "FAMILY"}""");
    }

    @Test
    void created_expertise_is_read_back_with_domains_and_both_directions_of_the_hierarchy() {
        var broad = create(unique("Geldzaken"), List.of("FINANCES"), null);
        var narrowName = unique("Budgetplan");
        var narrow = create(narrowName, List.of("INSTRUMENTAL_ADL", "FINANCES"), List.of(broad));

        graphQl.documentName("expertise").variable("id", narrow).execute()
                .path("expertise").matchesJson("""
                        {"name": "%s", "professionalCount": 0,
                         "lifeDomains": [{"code": "FINANCES", "name": "Financiën"}, {"code": "INSTRUMENTAL_ADL"}],
                         "broader": [{"id": "%s"}], "narrower": []}""".formatted(narrowName, broad));
        graphQl.documentName("expertise").variable("id", broad).execute()
                .path("expertise.narrower").matchesJson("""
                        [{"id": "%s", "name": "%s"}]""".formatted(narrow, narrowName));
    }

    @Test
    void professional_count_includes_professionals_with_a_narrower_term() {
        var broad = create(unique("Telterm"), List.of("SCHOOL"), null);
        var narrow = create(unique("Telterm smal"), List.of("SCHOOL"), List.of(broad));
        neo4j.query("""
                        MATCH (b:Expertise {id: $broad}), (n:Expertise {id: $narrow})
                        CREATE (:Professional {id: randomUUID(), name: 'Teller een'})-[:HAS_EXPERTISE {level: 'BASIC'}]->(b)
                        CREATE (p:Professional {id: randomUUID(), name: 'Teller twee'})-[:HAS_EXPERTISE {level: 'BASIC'}]->(n)
                        CREATE (p)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(b)""")
                .bindAll(Map.of("broad", broad, "narrow", narrow)).run();

        graphQl.documentName("expertise").variable("id", broad).execute()
                .path("expertise.professionalCount").entity(Integer.class).isEqualTo(2);
        graphQl.documentName("expertise").variable("id", narrow).execute()
                .path("expertise.professionalCount").entity(Integer.class).isEqualTo(1);
    }

    @Test
    void expertises_are_found_by_the_prefix_of_a_word_and_paged() {
        var word = "zeldzaamwoord" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        var ids = List.of(
                create(unique("Zoekterm een"), List.of("HOUSING"), null),
                create(unique("Zoekterm twee"), List.of("HOUSING"), null),
                create(unique("Zoekterm drie"), List.of("HOUSING"), null));
        ids.forEach(id -> neo4j.query("MATCH (e:Expertise {id: $id}) SET e.description = $description")
                .bindAll(Map.of("id", id, "description", "Over " + word + "verlening")).run());

        var first = graphQl.documentName("expertises").variable("text", word.substring(0, word.length() - 2)).variable("first", 2).execute();
        first.path("expertises.totalCount").entity(Integer.class).isEqualTo(3)
                .path("expertises.edges[*].node.id").entityList(String.class).hasSize(2)
                .path("expertises.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var after = first.path("expertises.pageInfo.endCursor").entity(String.class).get();
        var rest = graphQl.documentName("expertises").variable("text", word).variable("first", 2).variable("after", after).execute()
                .path("expertises.edges[*].node.id").entityList(String.class).hasSize(1).get();
        var all = new ArrayList<>(first.path("expertises.edges[*].node.id").entityList(String.class).get());
        all.addAll(rest);
        assertThat(all).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void expertises_without_text_are_ordered_by_name() {
        var names = graphQl.documentName("expertises").variable("first", 100).execute()
                .path("expertises.edges[*].node.name").entityList(String.class).get();

        assertThat(names).isSortedAccordingTo(String::compareTo);
    }

    @Test
    void unknown_expertise_is_not_found_and_a_malformed_id_is_refused() {
        assertNotFound(graphQl.documentName("expertise").variable("id", UUID.randomUUID().toString()).execute(), "expertise");
        graphQl.documentName("expertise").variable("id", "not-a-uuid").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("id: must be a UUID")));
    }

    @Test
    void over_long_text_is_refused_naming_the_argument() {
        graphQl.documentName("expertises").variable("text", "x".repeat(201)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).startsWith("text:");
                }));
    }

    @Test
    void duplicate_name_is_a_conflict_even_in_other_case_and_nothing_is_written() {
        var name = unique("Dubbelterm");
        create(name, List.of("JUSTICE"), null);
        var before = graphSize();

        graphQl.documentName("createExpertise")
                .variable("input", input(name.toUpperCase(), List.of("JUSTICE"), null))
                .execute()
                .path("createExpertise.expertise").valueIsNull()
                .path("createExpertise.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "CONFLICT"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void blank_or_over_long_name_no_life_domain_and_unknown_or_malformed_broader_ids_are_refused() {
        var before = graphSize();

        graphQl.documentName("createExpertise")
                .variable("input", input(" ", List.of(), List.of("zomaar")))
                .execute()
                .path("createExpertise.expertise").valueIsNull()
                .path("createExpertise.userErrors").matchesJson("""
                        [{"field": "input.broaderIds[0]", "code": "INVALID"},
                         {"field": "input.lifeDomains", "code": "INVALID"},
                         {"field": "input.name", "code": "INVALID"}]""");
        graphQl.documentName("createExpertise")
                .variable("input", input("x".repeat(201), List.of("SAFETY"), null))
                .execute()
                .path("createExpertise.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "INVALID"}]""");
        graphQl.documentName("createExpertise")
                .variable("input", input(unique("Wees"), List.of("SAFETY"), List.of(UUID.randomUUID().toString())))
                .execute()
                .path("createExpertise.userErrors").matchesJson("""
                        [{"field": "input.broaderIds[0]", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void invalid_life_domain_code_is_rejected_by_graphql() {
        var before = graphSize();

        graphQl.documentName("createExpertise")
                .variable("input", input(unique("Onbekend domein"), List.of("HAPPINESS"), null))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                        .allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("ValidationError")));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void update_replaces_fields_domains_and_broader_terms() {
        var oldBroader = create(unique("Oud breed"), List.of("HOUSING"), null);
        var newBroader = create(unique("Nieuw breed"), List.of("HOUSING"), null);
        var id = create(unique("Te wijzigen"), List.of("HOUSING"), List.of(oldBroader));
        var name = unique("Gewijzigd");

        var input = new HashMap<String, Object>();
        input.put("id", id);
        input.put("name", name);
        input.put("lifeDomains", List.of("SOCIAL_NETWORK"));
        input.put("broaderIds", List.of(newBroader));
        graphQl.documentName("updateExpertise").variable("input", input).execute()
                .path("updateExpertise.userErrors").entityList(Object.class).hasSize(0)
                .path("updateExpertise.expertise").matchesJson("""
                        {"id": "%s", "name": "%s", "description": null,
                         "lifeDomains": [{"code": "SOCIAL_NETWORK"}], "broader": [{"id": "%s"}]}""".formatted(id, name, newBroader));
    }

    @Test
    void update_refuses_a_broader_term_that_would_close_a_cycle() {
        var top = create(unique("Top"), List.of("PARENTING"), null);
        var middle = create(unique("Midden"), List.of("PARENTING"), List.of(top));
        var bottom = create(unique("Onder"), List.of("PARENTING"), List.of(middle));
        var before = graphSize();

        var input = input(unique("Top hernoemd"), List.of("PARENTING"), List.of(bottom, top));
        input.put("id", top);
        graphQl.documentName("updateExpertise").variable("input", input).execute()
                .path("updateExpertise.expertise").valueIsNull()
                .path("updateExpertise.userErrors").matchesJson("""
                        [{"field": "input.broaderIds[0]", "code": "INVALID"}, {"field": "input.broaderIds[1]", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
        graphQl.documentName("expertise").variable("id", top).execute()
                .path("expertise.broader").entityList(Object.class).hasSize(0);
    }

    @Test
    void update_of_an_unknown_expertise_is_refused() {
        var input = input(unique("Niemand"), List.of("PARENTING"), null);
        input.put("id", UUID.randomUUID().toString());

        graphQl.documentName("updateExpertise").variable("input", input).execute()
                .path("updateExpertise.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }

    @Test
    void delete_is_refused_while_professionals_or_narrower_terms_refer_to_the_expertise() {
        var broad = create(unique("Vastgehouden"), List.of("SAFETY"), null);
        create(unique("Vastgehouden smal"), List.of("SAFETY"), List.of(broad));
        neo4j.query("MATCH (e:Expertise {id: $id}) CREATE (:Professional {id: randomUUID(), name: 'Houder'})-[:HAS_EXPERTISE {level: 'BASIC'}]->(e)")
                .bind(broad).to("id").run();
        var before = graphSize();

        graphQl.documentName("deleteExpertise").variable("id", broad).execute()
                .path("deleteExpertise.deletedId").valueIsNull()
                .path("deleteExpertise.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteExpertise.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("1 professionals").contains("1 narrower expertises"));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void an_expertise_a_help_question_needs_is_not_deleted() {
        var id = create(unique("Nodig"), List.of("SAFETY"), null);
        var question = UUID.randomUUID().toString();
        neo4j.query("MATCH (e:Expertise {id: $id}) CREATE (:HelpQuestion {id: $question, text: 'Proef'})-[:NEEDS]->(e)")
                .bind(id).to("id").bind(question).to("question").run();
        try {
            graphQl.documentName("deleteExpertise").variable("id", id).execute()
                    .path("deleteExpertise.deletedId").valueIsNull()
                    .path("deleteExpertise.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                    .path("deleteExpertise.userErrors[0].message").entity(String.class)
                    .satisfies(message -> assertThat(message).contains("1 help questions needing it"));
        }
        finally {
            neo4j.query("MATCH (h:HelpQuestion {id: $question}) DETACH DELETE h").bind(question).to("question").run();
        }
    }

    @Test
    void unreferenced_expertise_is_deleted_with_its_links() {
        var broad = create(unique("Blijft"), List.of("SAFETY"), null);
        var id = create(unique("Verdwijnt"), List.of("SAFETY", "JUSTICE"), List.of(broad));

        graphQl.documentName("deleteExpertise").variable("id", id).execute()
                .path("deleteExpertise.deletedId").entity(String.class).isEqualTo(id);
        assertNotFound(graphQl.documentName("expertise").variable("id", id).execute(), "expertise");
        graphQl.documentName("expertise").variable("id", broad).execute().path("expertise.narrower").entityList(Object.class).hasSize(0);
    }

    @Test
    void delete_of_a_malformed_or_unknown_id_is_refused() {
        graphQl.documentName("deleteExpertise").variable("id", "42").execute()
                .path("deleteExpertise.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "INVALID"}]""");
        graphQl.documentName("deleteExpertise").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteExpertise.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }
}
