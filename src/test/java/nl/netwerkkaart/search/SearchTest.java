package nl.netwerkkaart.search;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SearchTest extends GraphQlTestSupport {

    record Hit(String type, String id, String name, String description, double score) {
    }

    /** A made-up word no other test data contains, so a search for it finds only this test's fixtures. */
    private static String uniqueWord() {
        var random = new Random();
        return "zoekwoord" + random.ints(8, 'a', 'z' + 1)
                .mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining());
    }

    private String createNode(String label, String name, String description) {
        // the label comes from this test's own constants, never from input
        return neo4j.query("CREATE (n:" + label + " {id: randomUUID(), name: $name, description: $description}) RETURN n.id")
                .bind(name).to("name")
                .bind(description).to("description")
                .fetchAs(String.class).one().orElseThrow();
    }

    private List<Hit> search(String text, int first) {
        return graphQl.documentName("search").variable("text", text).variable("first", first).execute()
                .path("search.hits").entityList(Hit.class).get();
    }

    private void refused(String text, Integer first, String message) {
        var request = graphQl.documentName("search").variable("text", text);
        if (first != null) {
            request = request.variable("first", first);
        }
        request.execute().errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
            assertThat(error.getMessage()).isEqualTo(message);
        }));
    }

    @Test
    void search_finds_debt_related_professionals_and_resources() {
        var area = neo4j.query("CREATE (a:Area {id: randomUUID(), name: 'Zoekdorp', kind: 'MUNICIPALITY'}) RETURN a.id")
                .fetchAs(String.class).one().orElseThrow();
        var resource = graphQl.documentName("createCommunityResource")
                .variable("input", Map.of("name", "Schuldmaatjes Zoekdorp", "kind", "VOLUNTEER_SUPPORT",
                        "locationId", area, "servesAreaIds", List.of(area), "lifeDomains", List.of("FINANCES")))
                .execute()
                .path("createCommunityResource.communityResource.id").entity(String.class).get();
        var professional = createNode("Professional", "Mira Zoekhoven",
                "Gezinscoach met ervaring in schuldhulpverlening en budgetbeheer");

        var hits = search("schuld", 100);

        assertThat(hits).extracting(Hit::id, Hit::type).contains(
                tuple(resource, "COMMUNITY_RESOURCE"),
                tuple(professional, "PROFESSIONAL"));
        assertThat(hits).filteredOn(hit -> hit.id().equals(professional)).singleElement()
                .satisfies(hit -> assertThat(hit.description()).contains("schuldhulpverlening"));
    }

    @Test
    void every_kind_is_found_best_match_first_then_by_name() {
        var word = uniqueWord();
        var expertise = createNode("Expertise", "Expertise " + word, "Kennis van " + word);
        var organisation = createNode("Organisation", "Stichting " + word, null);
        var professional = createNode("Professional", "Beroepskracht " + word, word + " " + word + " " + word);
        var resource = createNode("CommunityResource", "Bron " + word, "Over " + word);

        var hits = search(word, 20);

        assertThat(hits).extracting(Hit::id, Hit::type).containsExactlyInAnyOrder(
                tuple(expertise, "EXPERTISE"),
                tuple(organisation, "ORGANISATION"),
                tuple(professional, "PROFESSIONAL"),
                tuple(resource, "COMMUNITY_RESOURCE"));
        for (int i = 1; i < hits.size(); i++) {
            var previous = hits.get(i - 1);
            var hit = hits.get(i);
            assertThat(previous.score()).isGreaterThanOrEqualTo(hit.score());
            if (previous.score() == hit.score()) {
                assertThat(previous.name()).isLessThanOrEqualTo(hit.name());
            }
        }
    }

    @Test
    void first_limits_the_hits_but_the_total_counts_all_in_one_statement() {
        var word = uniqueWord();
        for (int i = 0; i < 3; i++) {
            createNode("Organisation", "Organisatie " + i + " " + word, null);
        }

        statements.reset();
        graphQl.documentName("search").variable("text", word).variable("first", 2).execute()
                .path("search.totalCount").entity(Integer.class).isEqualTo(3)
                .path("search.hits").entityList(Hit.class).hasSize(2);
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void blank_text_is_refused_naming_text() {
        refused(" \t ", null, "text: must not be blank");
        refused("", null, "text: must not be blank");
    }

    @Test
    void over_long_text_and_out_of_range_first_are_refused() {
        refused("schuld ".repeat(30), null, "text: must be at most 200 characters");
        refused("schuld", 0, "first: must be between 1 and 100");
        refused("schuld", 101, "first: must be between 1 and 100");
    }

    @Test
    void injection_strings_are_searched_harmlessly() {
        var before = graphSize();

        for (var text : List.of("' OR 1=1 //", "\"}) DETACH DELETE n //", "*:*", "name:* OR AND NOT (", "\\")) {
            graphQl.documentName("search").variable("text", text).variable("first", 5).execute()
                    .path("search.totalCount").entity(Integer.class).satisfies(total -> assertThat(total).isNotNegative());
        }

        assertThat(graphSize()).isEqualTo(before);
    }
}
