package nl.netwerkkaart.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import nl.netwerkkaart.api.TextCharacters;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** Control and bidirectional formatting characters in mutation inputs, over real HTTP. */
class MutationTextTest extends GraphQlTestSupport {

    /** A right-to-left override: "Gezin " then "nesnaJ" displayed backwards. */
    private static final String OVERRIDE = "Gezin \u202EnesnaJ";

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void every_string_of_every_mutation_input_refuses_a_bidirectional_override_naming_the_field() {
        var size = graphSize();
        var mutations = graphQlSource.schema().getMutationType().getFieldDefinitions();
        var withoutText = new ArrayList<String>();
        for (var mutation : mutations) {
            var expected = new ArrayList<String>();
            var variables = new LinkedHashMap<String, Object>();
            mutation.getArguments().forEach(argument ->
                    variables.put(argument.getName(), sample(argument.getName(), argument.getType(), expected)));
            if (expected.isEmpty()) {
                withoutText.add(mutation.getName());
                continue;
            }

            var errors = graphQl.document(document(mutation)).variables(variables).execute()
                    .errors().verify()
                    .path(mutation.getName() + ".userErrors")
                    .entity(new ParameterizedTypeReference<List<Map<String, String>>>() { }).get();

            assertThat(errors).as(mutation.getName())
                    .extracting(error -> error.get("field")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(errors).as(mutation.getName()).allSatisfy(error -> {
                assertThat(error.get("code")).isEqualTo("INVALID");
                assertThat(error.get("message")).isEqualTo("must not contain bidirectional formatting characters (U+202E at position 7)");
            });
        }
        assertThat(mutations).hasSizeGreaterThan(50);
        // its document's reader checks the texts record by record, see the HSDS test below
        assertThat(withoutText).containsExactly("importHsds");
        assertThat(graphSize()).as("nothing written").isEqualTo(size);
    }

    @Test
    void a_nul_byte_in_a_family_name_is_refused_and_nothing_is_written() {
        var families = count("Family");
        as(Role.COACH, "91834f95-c4d1-5584-8e5e-177d8e0830e2").documentName("createFamily")
                .variable("input", Map.of("name", "Gezin Jansen\u0000", "areaId", UUID.randomUUID().toString(),
                        "coachId", "91834f95-c4d1-5584-8e5e-177d8e0830e2"))
                .execute().errors().verify()
                .path("createFamily.family").valueIsNull()
                .path("createFamily.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "INVALID",
                          "message": "must not contain control characters (U+0000 at position 13)"}]""");
        assertThat(count("Family")).isEqualTo(families);
    }

    @Test
    void free_text_keeps_its_line_breaks_and_tabs_but_names_may_not_have_them() {
        var name = "Stichting Regelwerk " + UUID.randomUUID();
        graphQl.documentName("createOrganisation").variable("input", Map.of("name", name + "\nTweede regel"))
                .execute().errors().verify()
                .path("createOrganisation.userErrors[0].field").entity(String.class).isEqualTo("input.name")
                .path("createOrganisation.userErrors[0].message").entity(String.class)
                .isEqualTo("must not contain control characters (U+000A at position 57)");

        var description = "Eerste regel\r\nTweede regel\tmet een tab";
        graphQl.documentName("createOrganisation").variable("input", Map.of("name", name, "description", description))
                .execute().errors().verify()
                .path("createOrganisation.userErrors").entityList(Object.class).hasSize(0);
        assertThat(neo4j.query("MATCH (o:Organisation {name: $name}) RETURN o.description").bind(name).to("name")
                .fetchAs(String.class).one()).contains(description);

        graphQl.documentName("createOrganisation").variable("input", Map.of("name", name + " 2", "description", "Bel\u0007"))
                .execute().errors().verify()
                .path("createOrganisation.userErrors[0].message").entity(String.class)
                .isEqualTo("must not contain control characters other than tab and line breaks (U+0007 at position 4)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_hsds_upload_refuses_each_record_with_such_text_and_imports_the_others() {
        var municipality = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Lindeloo', kind: 'MUNICIPALITY', latitude: 51.51, longitude: 5.6}),
                               (:Area {id: randomUUID(), name: 'Lindeloo', kind: 'KERN', latitude: 51.50, longitude: 5.60})-[:PART_OF]->(m)
                        RETURN m.id""").fetchAs(String.class).one().orElseThrow();
        var services = List.of(service("Voedselbank Lindeloo", "Uitgifte op dinsdag.\nAanmelden via de coach."),
                service(OVERRIDE, "Ook goed."),
                service("Kledingbank Lindeloo", "Gratis kleding\u0000"));

        var body = http().mutate().defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipality, null))
                .build()
                .post().uri("/hsds/import").contentType(MediaType.APPLICATION_JSON).bodyValue(services)
                .exchange()
                .expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() { })
                .returnResult().getResponseBody();

        var report = (Map<String, Object>) body.get("report");
        assertThat(report).containsEntry("created", 1);
        // a text refused for its characters counts as missing too, as one refused for its length does
        assertThat((List<Map<String, String>>) report.get("errors"))
                .extracting(error -> error.get("field") + ": " + error.get("reason"))
                .containsExactlyInAnyOrder(
                        "name: must not contain bidirectional formatting characters (U+202E at position 7)",
                        "name: is required",
                        "description: must not contain control characters other than tab and line breaks (U+0000 at position 15)");
        assertThat(neo4j.query("MATCH (r:CommunityResource)-[:SERVES]->(:Area)-[:PART_OF*0..]->(:Area {id: $m}) RETURN DISTINCT r.name")
                .bind(municipality).to("m").fetchAs(String.class).all()).containsExactly("Voedselbank Lindeloo");
    }

    private static Map<String, Object> service(String name, String description) {
        var address = Map.of("id", UUID.randomUUID().toString(), "address_1", "Kerkstraat 1", "postal_code", "5999 ZZ",
                "city", "Lindeloo", "country", "NL", "address_type", "physical");
        var location = Map.of("id", UUID.randomUUID().toString(), "location_type", "physical", "name", "Kerkstraat 1",
                "latitude", 51.50, "longitude", 5.60, "addresses", List.of(address));
        return Map.of("id", UUID.randomUUID().toString(), "name", name, "description", description, "status", "active",
                "service_at_locations", List.of(Map.of("id", UUID.randomUUID().toString(), "location", location)),
                "service_areas", List.of(Map.of("id", UUID.randomUUID().toString(), "name", "Lindeloo")),
                "attributes", List.of(Map.of("id", UUID.randomUUID().toString(), "link_type", "service_type",
                        "taxonomy_term", Map.of("id", UUID.randomUUID().toString(), "code", "food", "name", "Food"))));
    }

    @Test
    void every_control_and_bidirectional_formatting_character_is_named_and_ordinary_text_passes() {
        for (char c = 0; c <= 0x9F; c++) {
            boolean control = c < 0x20 || c >= 0x7F;
            assertThat(TextCharacters.problem("a" + c, false).isPresent()).as("U+%04X", (int) c).isEqualTo(control);
            assertThat(TextCharacters.problem("a" + c, true).isPresent()).as("U+%04X in free text", (int) c)
                    .isEqualTo(control && c != '\t' && c != '\n' && c != '\r');
        }
        for (var c : "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C".toCharArray()) {
            assertThat(TextCharacters.problem("a" + c, true)).as("U+%04X", (int) c).isPresent();
        }
        // Arabic and Hebrew letters, accents, an emoji with a zero-width joiner and a non-breaking space are ordinary text
        assertThat(TextCharacters.problem("Ahmad \u0623\u062D\u0645\u062F, \u05E9\u05DC\u05D5\u05DD, Zo\u00EB,"
                + " \uD83D\uDC69\u200D\uD83D\uDC67\u00A0Verbeek", false)).isEmpty();
    }

    /** A mutation asking for its user errors and every other payload field, so the refused payload is checked whole. */
    private static String document(GraphQLFieldDefinition mutation) {
        var declarations = new StringBuilder();
        var arguments = new StringBuilder();
        mutation.getArguments().forEach(argument -> {
            declarations.append(declarations.isEmpty() ? "" : ", ")
                    .append('$').append(argument.getName()).append(": ").append(GraphQLTypeUtil.simplePrint(argument.getType()));
            arguments.append(arguments.isEmpty() ? "" : ", ").append(argument.getName()).append(": $").append(argument.getName());
        });
        var selection = new StringBuilder();
        var payload = (GraphQLObjectType) GraphQLTypeUtil.unwrapNonNull(mutation.getType());
        for (var field : payload.getFieldDefinitions()) {
            selection.append(' ').append(field.getName());
            if (field.getName().equals("userErrors")) {
                selection.append(" { field code message }");
            }
            else if (!GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))) {
                selection.append(" { __typename }");
            }
        }
        return "mutation (%s) { %s(%s) {%s } }".formatted(declarations, mutation.getName(), arguments, selection);
    }

    /**
     * A value of {@code type} with every field filled in, optional ones too, and every list holding one item: texts and
     * ids hold {@link #OVERRIDE} and are added to {@code texts} by path; other values are just well formed.
     */
    private static Object sample(String path, GraphQLInputType type, List<String> texts) {
        var unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list) {
            return List.of(sample(path + "[0]", (GraphQLInputType) list.getWrappedType(), texts));
        }
        if (unwrapped instanceof GraphQLInputObjectType object) {
            var value = new LinkedHashMap<String, Object>();
            object.getFieldDefinitions().forEach(field ->
                    value.put(field.getName(), sample(path + "." + field.getName(), field.getType(), texts)));
            return value;
        }
        if (unwrapped instanceof GraphQLEnumType enumType) {
            return enumType.getValues().get(0).getName();
        }
        var scalar = ((GraphQLScalarType) unwrapped).getName();
        return switch (scalar) {
            case "String", "ID" -> {
                texts.add(path);
                yield OVERRIDE;
            }
            case "Int" -> 1;
            case "Float" -> 1.5;
            case "Boolean" -> true;
            case "Date" -> "2026-03-02";
            case "DateTime" -> "2026-03-02T10:00:00+01:00";
            // documents: their readers check the texts they keep
            case "JSON" -> Map.of("type", "FeatureCollection", "name", OVERRIDE);
            default -> throw new IllegalStateException("No sample for scalar " + scalar + " at " + path);
        };
    }
}
