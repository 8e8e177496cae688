package nl.netwerkkaart.demo;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The acceptance checks, against the fictional Peel en Maas demo dataset the service loads on first start.
 * Demo ids are name-based UUIDs (version 5, {@code substring(id, 14, 1) = '5'}); the shared test database also holds
 * other tests' random (version 4) ones, which the counts leave out.
 */
class DemoDataTest extends GraphQlTestSupport {

    private static final String PEEL_EN_MAAS = "c75d52ae-8030-5663-acc5-64fcfc8396bf";


    @Test
    void demo_data_has_the_eleven_kernen_and_the_promised_directory() {
        assertThat(neo4j.query("MATCH (:Area {id: $id})<-[:PART_OF]-(k:Area {kind: 'KERN'}) WHERE substring(k.id, 14, 1) = '5' RETURN k.name ORDER BY k.name")
                .bind(PEEL_EN_MAAS).to("id").fetchAs(String.class).all())
                .containsExactly("Baarlo", "Beringe", "Egchel", "Grashoek", "Helden", "Kessel", "Kessel-Eik",
                        "Koningslust", "Maasbree", "Meijel", "Panningen");
        var counts = neo4j.query("""
                        MATCH (m:Area {id: $id})
                        RETURN COUNT { (p:Professional)-[:SERVES]->(:Area)-[:PART_OF*0..2]->(m) } > 0 AS servedProfessionals,
                               COUNT { (f:Family)-[:LIVES_IN]->(:Area)-[:PART_OF*1..2]->(m) WHERE substring(f.id, 14, 1) = '5' } AS families""")
                .bind(PEEL_EN_MAAS).to("id").fetch().one().orElseThrow();
        assertThat(counts).containsEntry("servedProfessionals", true).containsEntry("families", 25L);
    }

    @Test
    void professionals_filtered_by_debt_expertise_and_panningen_are_debt_counsellors_serving_panningen() {
        var response = graphQl.documentName("demoDebtProfessionalsInPanningen").execute();

        var names = response.path("professionals.edges[*].node.name").entityList(String.class).get();
        assertThat(names).contains("Ruud Geurts");
        var nodes = response.path("professionals.edges[*].node").entityList(Map.class).get();
        assertThat(nodes).allSatisfy(node -> {
            assertThat(node.toString()).containsAnyOf("Schuld", "schuld", "Budget");
            assertThat(node.toString()).containsAnyOf("Panningen", "Peel en Maas");
        });
    }

    @Test
    void search_for_schuld_finds_debt_related_professionals_and_resources() {
        var hits = graphQl.documentName("demoSearch").variable("text", "schuld").execute()
                .path("search.hits").entityList(Map.class).get();

        assertThat(hits).extracting(hit -> hit.get("type"))
                .contains("PROFESSIONAL", "COMMUNITY_RESOURCE", "EXPERTISE");
        assertThat(hits).extracting(hit -> (String) hit.get("name"))
                .anySatisfy(name -> assertThat(name).containsIgnoringCase("schuld"));
        assertThat(hits).extracting(hit -> ((Number) hit.get("score")).doubleValue())
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void every_demo_family_has_an_area_a_coach_members_and_help_questions() {
        var incomplete = neo4j.query("""
                        MATCH (f:Family) WHERE substring(f.id, 14, 1) = '5'
                          AND (NOT (f)-[:LIVES_IN]->(:Area) OR NOT (f)-[:COACHED_BY]->(:Professional {coach: true})
                           OR NOT (:Person)-[:MEMBER_OF]->(f) OR NOT (f)-[:RAISED]->(:HelpQuestion))
                        RETURN f.name""")
                .fetchAs(String.class).all();
        assertThat(incomplete).as("families without area, coach, members or help questions").isEqualTo(List.of());
    }

    @Test
    void the_demo_coach_sees_their_families_and_the_demo_professional_only_those_of_their_tent_and_their_active_match() {
        var verbeek = "e681135a-5698-5371-89c4-ccd6dc53e61d";

        demoAccount("coach").documentName("family").variable("id", verbeek).execute()
                .path("family.name").entity(String.class).isEqualTo("Gezin Verbeek");
        demoAccount("professional").documentName("family").variable("id", verbeek).execute()
                .path("family.helpQuestions").entityList(Object.class).hasSizeGreaterThan(0);
        demoAccount("professional").documentName("familyNames").execute()
                .path("families.edges[*].node.name").entityList(String.class).containsExactly("Gezin Nowicki", "Gezin Verbeek");
        demoAccount("municipality").documentName("familyNames").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }
}
