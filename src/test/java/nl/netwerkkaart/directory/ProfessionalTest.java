package nl.netwerkkaart.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProfessionalTest extends GraphQlTestSupport {

    /** Per test: a word no other test data contains, 32 letters so the Dutch analyzer keeps it one term. */
    private String word;
    private String organisation;
    private String municipality;
    private String kern;
    private String otherKern;
    private String wijk;
    private String broad;
    private String narrow;
    private String parenting;

    @BeforeEach
    void fixtures() {
        word = UUID.randomUUID().toString().replace("-", "").chars()
                .mapToObj(c -> String.valueOf((char) ('g' + Character.digit(c, 16))))
                .collect(Collectors.joining());
        var ids = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente ' + $word, kind: 'MUNICIPALITY'})
                        CREATE (k:Area {id: randomUUID(), name: 'Kern ' + $word, kind: 'KERN'})-[:PART_OF]->(m)
                        CREATE (k2:Area {id: randomUUID(), name: 'Andere kern ' + $word, kind: 'KERN'})-[:PART_OF]->(m)
                        CREATE (w:Area {id: randomUUID(), name: 'Wijk ' + $word, kind: 'WIJK'})-[:PART_OF]->(k)
                        CREATE (o:Organisation {id: randomUUID(), name: 'Werkgever ' + $word})
                        CREATE (b:Expertise {id: randomUUID(), name: 'Geldzorgen ' + $word, description: 'Hulp bij geldzorgen'})
                        CREATE (n:Expertise {id: randomUUID(), name: 'Schuldhulp' + $word + 'verlening', description: 'Schulden regelen'})
                        CREATE (p:Expertise {id: randomUUID(), name: 'Opvoedtips ' + $word, description: 'Tips voor ouders'})
                        CREATE (n)-[:BROADER]->(b)
                        WITH *
                        MATCH (finances:LifeDomain {code: 'FINANCES'}), (adl:LifeDomain {code: 'INSTRUMENTAL_ADL'}),
                              (parentingDomain:LifeDomain {code: 'PARENTING'})
                        CREATE (b)-[:IN_DOMAIN]->(finances), (n)-[:IN_DOMAIN]->(adl), (p)-[:IN_DOMAIN]->(parentingDomain)
                        RETURN [o.id, m.id, k.id, k2.id, w.id, b.id, n.id, p.id] AS ids""")
                .bind(word).to("word")
                .fetch().one().map(r -> (List<?>) r.get("ids")).orElseThrow();
        organisation = (String) ids.get(0);
        municipality = (String) ids.get(1);
        kern = (String) ids.get(2);
        otherKern = (String) ids.get(3);
        wijk = (String) ids.get(4);
        broad = (String) ids.get(5);
        narrow = (String) ids.get(6);
        parenting = (String) ids.get(7);
    }

    private Map<String, Object> input(String name, List<String> areaIds, List<Map<String, Object>> expertises) {
        var input = new HashMap<String, Object>();
        input.put("name", name);
        input.put("discipline", "Maatschappelijk werker");
        input.put("description", "Fictieve beroepskracht");
        input.put("email", "test@example.org");
        input.put("phone", "06-12345678");
        input.put("tier", "FIRST_LINE");
        input.put("languages", List.of("nl"));
        input.put("capacity", 3);
        input.put("acceptingClients", true);
        input.put("coach", false);
        input.put("organisationId", organisation);
        input.put("areaIds", areaIds);
        input.put("expertises", expertises);
        return input;
    }

    private static Map<String, Object> expertise(String id, String level) {
        return Map.of("expertiseId", id, "level", level);
    }

    private String create(Map<String, Object> input) {
        return graphQl.documentName("createProfessional").variable("input", input).execute()
                .path("createProfessional.userErrors").entityList(Object.class).hasSize(0)
                .path("createProfessional.professional.id").entity(String.class).get();
    }

    /** Names of the professionals matching {@code filter}, restricted to this test's organisation. */
    private List<String> names(Map<String, Object> filter) {
        var restricted = new HashMap<>(filter);
        restricted.put("organisationIds", List.of(organisation));
        return graphQl.documentName("professionals").variable("filter", restricted).variable("first", 100).execute()
                .path("professionals.edges[*].node.name").entityList(String.class).get();
    }

    private void refusedWithoutWriting(String mutation, Map<String, Object> input, String expectedErrors) {
        var before = graphSize();
        graphQl.documentName(mutation).variable("input", input).execute()
                .path(mutation + ".professional").valueIsNull()
                .path(mutation + ".userErrors").matchesJson(expectedErrors);
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void professionals_are_filtered_by_expertise_and_kern() {
        // Anna serves the kern with the narrower term, Bas the whole municipality with the broader term, Cor
        // another kern, Dirk a wijk inside the kern.
        var anna = input("Anna " + word, List.of(kern), List.of(expertise(narrow, "EXPERT")));
        anna.put("languages", List.of("nl", "ar"));
        create(anna);
        var bas = input("Bas " + word, List.of(municipality), List.of(expertise(broad, "BASIC")));
        bas.put("acceptingClients", false);
        create(bas);
        var cor = input("Cor " + word, List.of(otherKern), List.of(expertise(parenting, "EXPERIENCED")));
        cor.put("languages", List.of("de"));
        cor.put("coach", true);
        create(cor);
        create(input("Dirk " + word, List.of(wijk), List.of(expertise(parenting, "BASIC"))));
        var all = List.of("Anna " + word, "Bas " + word, "Cor " + word, "Dirk " + word);

        assertThat(names(Map.of())).containsExactlyElementsOf(all);
        // area: the area itself, an area containing it, an area inside it
        assertThat(names(Map.of("areaIds", List.of(kern)))).containsExactly("Anna " + word, "Bas " + word, "Dirk " + word);
        assertThat(names(Map.of("areaIds", List.of(otherKern)))).containsExactly("Bas " + word, "Cor " + word);
        assertThat(names(Map.of("areaIds", List.of(wijk)))).containsExactly("Anna " + word, "Bas " + word, "Dirk " + word);
        assertThat(names(Map.of("areaIds", List.of(municipality)))).containsExactlyElementsOf(all);
        assertThat(names(Map.of("areaIds", List.of(UUID.randomUUID().toString())))).isEmpty();
        // expertise: the term itself or a narrower one
        assertThat(names(Map.of("expertiseIds", List.of(broad)))).containsExactly("Anna " + word, "Bas " + word);
        assertThat(names(Map.of("expertiseIds", List.of(narrow)))).containsExactly("Anna " + word);
        assertThat(names(Map.of("expertiseIds", List.of(narrow, parenting)))).containsExactly("Anna " + word, "Cor " + word, "Dirk " + word);
        // AND across fields
        assertThat(names(Map.of("expertiseIds", List.of(broad), "areaIds", List.of(otherKern)))).containsExactly("Bas " + word);
        // life domain: an expertise of the professional is IN_DOMAIN of it
        assertThat(names(Map.of("lifeDomains", List.of("FINANCES")))).containsExactly("Bas " + word);
        assertThat(names(Map.of("lifeDomains", List.of("INSTRUMENTAL_ADL", "PARENTING")))).containsExactly("Anna " + word, "Cor " + word, "Dirk " + word);
        // languages, acceptingClients, coach
        assertThat(names(Map.of("languages", List.of("ar")))).containsExactly("Anna " + word);
        assertThat(names(Map.of("languages", List.of("de", "ar")))).containsExactly("Anna " + word, "Cor " + word);
        assertThat(names(Map.of("acceptingClients", false))).containsExactly("Bas " + word);
        assertThat(names(Map.of("coach", true))).containsExactly("Cor " + word);
        // text: on the professional itself, or on one of its expertises ("schuldhulp" finds "Schuldhulp...verlening")
        assertThat(names(Map.of("text", "Dirk " + word))).first().isEqualTo("Dirk " + word);
        assertThat(names(Map.of("text", "schuldhulp" + word.substring(0, 6)))).containsExactly("Anna " + word);
        assertThat(names(Map.of("text", "geldzorgen"))).containsExactly("Bas " + word);
        // text without organisation restriction also finds a professional through its expertise
        graphQl.documentName("professionals").variable("filter", Map.of("text", "schuldhulp" + word)).execute()
                .path("professionals.edges[*].node.name").entityList(String.class).containsExactly("Anna " + word);

        // pagination
        var filter = Map.of("organisationIds", List.of(organisation));
        var first = graphQl.documentName("professionals").variable("filter", filter).variable("first", 3).execute();
        first.path("professionals.totalCount").entity(Integer.class).isEqualTo(4)
                .path("professionals.edges[*].node.name").entityList(String.class).containsExactly(all.subList(0, 3).toArray(String[]::new))
                .path("professionals.pageInfo").matchesJson("{\"hasNextPage\": true, \"hasPreviousPage\": false}");
        var after = first.path("professionals.pageInfo.endCursor").entity(String.class).get();
        graphQl.documentName("professionals").variable("filter", filter).variable("first", 3).variable("after", after).execute()
                .path("professionals.edges[*].node.name").entityList(String.class).containsExactly("Dirk " + word)
                .path("professionals.pageInfo").matchesJson("{\"hasNextPage\": false, \"hasPreviousPage\": true}");
    }

    @Test
    void nested_fields_of_fifty_professionals_take_as_many_statements_as_five() {
        neo4j.query("""
                        MATCH (o:Organisation {id: $organisation}), (k:Area {id: $kern}), (m:Area {id: $municipality}),
                              (b:Expertise {id: $broad}), (n:Expertise {id: $narrow}), (p:Expertise {id: $parenting})
                        CREATE (o)-[:BASED_IN]->(m)
                        WITH *
                        UNWIND range(1, 50) AS i
                        CREATE (x:Professional {id: randomUUID(), name: 'Massa ' + right('0' + toString(i), 2),
                                discipline: 'Jeugdverpleegkundige', description: 'Werkt in ' + $word, tier: 'SPECIALIST',
                                languages: ['nl'], capacity: 1, acceptingClients: true, coach: false,
                                createdAt: datetime(), updatedAt: datetime()})
                        WITH x, o, p, CASE WHEN i % 2 = 0 THEN k ELSE m END AS served, CASE WHEN i % 3 = 0 THEN b ELSE n END AS own
                        CREATE (x)-[:WORKS_FOR]->(o)
                        CREATE (x)-[:SERVES]->(served)
                        CREATE (x)-[:HAS_EXPERTISE {level: 'EXPERT'}]->(own)
                        CREATE (x)-[:HAS_EXPERTISE {level: 'BASIC'}]->(p)""")
                .bindAll(Map.of("organisation", organisation, "kern", kern, "municipality", municipality,
                        "broad", broad, "narrow", narrow, "parenting", parenting, "word", word))
                .run();

        statements.reset();
        var five = graphQl.documentName("professionalsWithNestedFields").variable("text", word).variable("first", 5).execute();
        var statementsForFive = statements.count();
        statements.reset();
        var fifty = graphQl.documentName("professionalsWithNestedFields").variable("text", word).variable("first", 50).execute();
        var statementsForFifty = statements.count();

        five.path("professionals.edges").entityList(Object.class).hasSize(5);
        fifty.path("professionals.edges").entityList(Object.class).hasSize(50)
                .path("professionals.edges[*].node.expertises").entityList(List.class)
                .satisfies(lists -> assertThat(lists).allSatisfy(list -> assertThat(list).hasSize(2)))
                .path("professionals.edges[?(@.node.name == 'Massa 01')].node").matchesJson("""
                        [{"name": "Massa 01", "organisation": {"name": "Werkgever %1$s", "area": {"name": "Gemeente %1$s"}},
                         "areas": [{"name": "Gemeente %1$s"}],
                         "expertises": [
                           {"level": "BASIC", "expertise": {"name": "Opvoedtips %1$s", "lifeDomains": [{"code": "PARENTING"}], "broader": []}},
                           {"level": "EXPERT", "expertise": {"name": "Schuldhulp%1$sverlening", "lifeDomains": [{"code": "INSTRUMENTAL_ADL"}],
                                                             "broader": [{"name": "Geldzorgen %1$s"}]}}]}]""".formatted(word));
        assertThat(statementsForFifty).isEqualTo(statementsForFive).isLessThanOrEqualTo(10);

        // as the tent page asks (TentProfessionals.graphql): the page with its organisations, areas and expertises is
        // one statement; the batch mappings take them from what the page read
        statements.reset();
        graphQl.document("""
                        query Page($text: String!) {
                          professionals(filter: {text: $text}, first: 50) {
                            totalCount
                            edges { node { id name organisation { name } areas { name } expertises { level expertise { name } } } }
                          }
                        }""")
                .variable("text", word).execute()
                .path("professionals.edges").entityList(Object.class).hasSize(50)
                .path("professionals.edges[?(@.node.name == 'Massa 01')].node").matchesJson("""
                        [{"name": "Massa 01", "organisation": {"name": "Werkgever %1$s"}, "areas": [{"name": "Gemeente %1$s"}],
                         "expertises": [{"level": "BASIC", "expertise": {"name": "Opvoedtips %1$s"}},
                                        {"level": "EXPERT", "expertise": {"name": "Schuldhulp%1$sverlening"}}]}]""".formatted(word))
                .path("professionals.edges[?(@.node.name == 'Massa 02')].node.areas").matchesJson("""
                        [[{"name": "Kern %s"}]]""".formatted(word));
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void a_professional_stored_without_tier_capacity_or_discipline_still_reads_back() {
        var id = neo4j.query("CREATE (p:Professional {id: randomUUID(), name: 'Zonder gegevens'}) RETURN p.id")
                .fetchAs(String.class).one().orElseThrow();
        graphQl.documentName("professional").variable("id", id).execute()
                .path("professional.tier").entity(String.class).isEqualTo("FIRST_LINE")
                .path("professional.capacity").entity(Integer.class).isEqualTo(0)
                .path("professional.discipline").entity(String.class).isEqualTo("")
                .path("professional.acceptingClients").entity(Boolean.class).isEqualTo(false);
    }

    @Test
    void created_professional_is_read_back_with_expertises_organisation_and_areas() {
        var input = input("  Eva " + word + "  ", List.of(kern, wijk), List.of(expertise(narrow, "EXPERT"), expertise(parenting, "BASIC")));
        input.put("languages", List.of("nl", "en"));
        var id = create(input);

        graphQl.documentName("professional").variable("id", id).execute()
                .path("professional").matchesJson("""
                        {"id": "%s", "name": "Eva %s", "discipline": "Maatschappelijk werker", "tier": "FIRST_LINE",
                         "languages": ["nl", "en"], "capacity": 3, "acceptingClients": true, "coach": false,
                         "organisation": {"id": "%s"},
                         "areas": [{"id": "%s"}, {"id": "%s"}],
                         "expertises": [{"level": "BASIC", "expertise": {"id": "%s"}}, {"level": "EXPERT", "expertise": {"id": "%s"}}]}"""
                        .formatted(id, word, organisation, kern, wijk, parenting, narrow));
    }

    @Test
    void update_replaces_all_fields_and_links() {
        var id = create(input("Fien " + word, List.of(kern), List.of(expertise(narrow, "EXPERT"))));
        var other = neo4j.query("CREATE (o:Organisation {id: randomUUID(), name: 'Andere werkgever ' + $word}) RETURN o.id")
                .bind(word).to("word").fetchAs(String.class).one().orElseThrow();

        var input = input("Fien " + word, List.of(otherKern), List.of(expertise(parenting, "EXPERIENCED")));
        input.put("id", id);
        input.put("organisationId", other);
        input.put("tier", "SPECIALIST");
        input.remove("email");
        input.remove("languages");
        graphQl.documentName("updateProfessional").variable("input", input).execute()
                .path("updateProfessional.userErrors").entityList(Object.class).hasSize(0)
                .path("updateProfessional.professional").matchesJson("""
                        {"id": "%s", "tier": "SPECIALIST", "email": null, "languages": [], "organisation": {"id": "%s"},
                         "areas": [{"id": "%s"}], "expertises": [{"level": "EXPERIENCED", "expertise": {"id": "%s"}}]}"""
                        .formatted(id, other, otherKern, parenting));
    }

    @Test
    void update_of_an_unknown_professional_is_refused() {
        var input = input("Niemand " + word, List.of(kern), List.of(expertise(narrow, "BASIC")));
        input.put("id", UUID.randomUUID().toString());

        refusedWithoutWriting("updateProfessional", input, """
                [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }

    @Test
    void a_coach_of_families_keeps_the_coach_role() {
        var input = input("Gijs " + word, List.of(kern), List.of(expertise(parenting, "EXPERT")));
        input.put("coach", true);
        var id = create(input);
        neo4j.query("MATCH (p:Professional {id: $id}) CREATE (:Family {id: randomUUID(), name: 'Gezin Test'})-[:COACHED_BY]->(p)")
                .bind(id).to("id").run();

        input.put("id", id);
        input.put("coach", false);
        refusedWithoutWriting("updateProfessional", input, """
                [{"field": "input.coach", "code": "INVALID"}]""");
    }

    @Test
    void blank_and_over_long_names_and_capacity_out_of_range_are_refused() {
        var blank = input(" ", List.of(kern), List.of(expertise(narrow, "BASIC")));
        blank.put("capacity", -1);
        refusedWithoutWriting("createProfessional", blank, """
                [{"field": "input.capacity", "code": "INVALID"}, {"field": "input.name", "code": "INVALID"}]""");

        var tooLong = input("x".repeat(201), List.of(kern), List.of(expertise(narrow, "BASIC")));
        tooLong.put("capacity", 501);
        tooLong.put("languages", List.of("nl", "dutch"));
        refusedWithoutWriting("createProfessional", tooLong, """
                [{"field": "input.capacity", "code": "INVALID"}, {"field": "input.languages[1]", "code": "INVALID"},
                 {"field": "input.name", "code": "INVALID"}]""");

        var update = input("", List.of(kern), List.of(expertise(narrow, "BASIC")));
        update.put("id", create(input("Hans " + word, List.of(kern), List.of(expertise(narrow, "BASIC")))));
        refusedWithoutWriting("updateProfessional", update, """
                [{"field": "input.name", "code": "INVALID"}]""");
    }

    @Test
    void malformed_and_unknown_references_are_refused_naming_the_field() {
        var malformed = input("Ids " + word, List.of("kern"), List.of(expertise(narrow, "BASIC"), expertise("x", "BASIC")));
        malformed.put("organisationId", "42' OR 1=1");
        refusedWithoutWriting("createProfessional", malformed, """
                [{"field": "input.areaIds[0]", "code": "INVALID"},
                 {"field": "input.expertises[1].expertiseId", "code": "INVALID"},
                 {"field": "input.organisationId", "code": "INVALID"}]""");

        var unknown = input("Ids " + word, List.of(kern, UUID.randomUUID().toString()),
                List.of(expertise(narrow, "BASIC"), expertise(UUID.randomUUID().toString(), "BASIC")));
        unknown.put("organisationId", UUID.randomUUID().toString());
        refusedWithoutWriting("createProfessional", unknown, """
                [{"field": "input.organisationId", "code": "NOT_FOUND"},
                 {"field": "input.areaIds[1]", "code": "NOT_FOUND"},
                 {"field": "input.expertises[1].expertiseId", "code": "NOT_FOUND"}]""");
    }

    @Test
    void expertises_must_be_one_to_twenty_without_duplicates() {
        refusedWithoutWriting("createProfessional",
                input("Dubbel " + word, List.of(kern), List.of(expertise(narrow, "BASIC"), expertise(narrow.toUpperCase(), "EXPERT"))), """
                [{"field": "input.expertises[1].expertiseId", "code": "INVALID"}]""");
        refusedWithoutWriting("createProfessional", input("Leeg " + word, List.of(kern), List.of()), """
                [{"field": "input.expertises", "code": "INVALID"}]""");
        var many = IntStream.range(0, 21).mapToObj(i -> expertise(UUID.randomUUID().toString(), "BASIC")).toList();
        refusedWithoutWriting("createProfessional", input("Veel " + word, List.of(kern), many), """
                [{"field": "input.expertises", "code": "INVALID"}]""");
        refusedWithoutWriting("createProfessional", input("Nergens " + word, List.of(), List.of(expertise(narrow, "BASIC"))), """
                [{"field": "input.areaIds", "code": "INVALID"}]""");
    }

    @Test
    void invalid_enum_values_are_rejected_by_graphql_and_nothing_is_written() {
        var before = graphSize();
        var badTier = input("Baas " + word, List.of(kern), List.of(expertise(narrow, "BASIC")));
        badTier.put("tier", "BOSS");
        var badLevel = input("Goeroe " + word, List.of(kern), List.of(expertise(narrow, "GURU")));

        for (var input : List.of(badTier, badLevel)) {
            graphQl.documentName("createProfessional").variable("input", input).execute()
                    .errors().satisfy(errors -> assertThat(errors).isNotEmpty()
                            .allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("ValidationError")));
        }
        graphQl.documentName("professionals").variable("filter", Map.of("lifeDomains", List.of("HAPPINESS"))).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void bad_filter_arguments_are_refused_naming_the_field() {
        var cases = new ArrayList<Map.Entry<Map<String, Object>, String>>();
        cases.add(Map.entry(Map.of("text", "x".repeat(201)), "filter.text"));
        cases.add(Map.entry(Map.of("expertiseIds", List.of("not-a-uuid")), "filter.expertiseIds[0]"));
        cases.add(Map.entry(Map.of("areaIds", List.of(kern, "1")), "filter.areaIds[1]"));
        cases.add(Map.entry(Map.of("organisationIds", List.of("x")), "filter.organisationIds[0]"));
        cases.add(Map.entry(Map.of("languages", List.of("NL")), "filter.languages[0]"));
        cases.add(Map.entry(Map.of("areaIds", IntStream.range(0, 51).mapToObj(i -> kern).toList()), "filter.areaIds"));

        for (var c : cases) {
            graphQl.documentName("professionals").variable("filter", c.getKey()).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                        assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                        assertThat(error.getExtensions()).containsEntry("field", c.getValue());
                    }));
        }
    }

    @Test
    void unknown_professional_is_not_found_and_a_malformed_id_is_refused() {
        assertNotFound(graphQl.documentName("professional").variable("id", UUID.randomUUID().toString()).execute(), "professional");
        graphQl.documentName("professional").variable("id", "zomaar").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("id: must be a UUID")));
    }

    @Test
    void delete_is_refused_while_the_professional_coaches_a_family_or_directs_a_tent_session() {
        var input = input("Ineke " + word, List.of(kern), List.of(expertise(parenting, "EXPERT")));
        input.put("coach", true);
        var id = create(input);
        neo4j.query("""
                        MATCH (p:Professional {id: $id})
                        CREATE (f:Family {id: randomUUID(), name: 'Gezin Proef'})-[:COACHED_BY]->(p)
                        CREATE (:TentSession {id: randomUUID(), status: 'PLANNED'})-[:DIRECTED_BY]->(p)""")
                .bind(id).to("id").run();
        var before = graphSize();

        graphQl.documentName("deleteProfessional").variable("id", id).execute()
                .path("deleteProfessional.deletedId").valueIsNull()
                .path("deleteProfessional.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteProfessional.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("1 families it coaches").contains("1 tent sessions it directs"));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void unreferenced_professional_is_deleted_with_its_links() {
        var id = create(input("Joost " + word, List.of(kern), List.of(expertise(narrow, "BASIC"))));
        neo4j.query("MATCH (p:Professional {id: $id}) CREATE (p)-[:PARTICIPATES_IN {status: 'INVITED'}]->(:TentSession {id: randomUUID()})")
                .bind(id).to("id").run();

        graphQl.documentName("deleteProfessional").variable("id", id).execute()
                .path("deleteProfessional.deletedId").entity(String.class).isEqualTo(id);
        assertNotFound(graphQl.documentName("professional").variable("id", id).execute(), "professional");
        assertThat(names(Map.of())).isEmpty();
    }

    @Test
    void delete_of_a_malformed_or_unknown_id_is_refused() {
        graphQl.documentName("deleteProfessional").variable("id", "42").execute()
                .path("deleteProfessional.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "INVALID"}]""");
        graphQl.documentName("deleteProfessional").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteProfessional.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");
    }
}
