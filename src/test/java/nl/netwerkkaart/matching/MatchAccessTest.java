package nl.netwerkkaart.matching;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class MatchAccessTest extends MatchingTestSupport {

    private static boolean sees(HttpGraphQlTester user, String familyId) {
        var found = new boolean[1];
        user.documentName("family").variable("id", familyId).execute().errors().satisfy(errors -> found[0] = errors.isEmpty());
        return found[0];
    }

    @Test
    void a_professional_reads_a_family_while_an_active_match_has_them_as_helper_without_tent_or_consent() {
        var debt = expertise("Schulden toegang", List.of("FINANCES"), null);
        var helperId = professional("Helper Toegang", "SPECIALIST", 2, List.of(debt), kern);
        var helper = as(Role.PROFESSIONAL, municipality, helperId);
        var family = family("Gezin Match Toegang");
        addMember(family, "Nina", "PARENT", true);
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var match = propose(question, helperId);

        assertThat(sees(helper, family)).as("a proposal gives no access").isFalse();
        confirm(match);
        assertThat(sees(helper, family)).as("confirmed").isTrue();
        helper.documentName("families").variable("text", "Gezin Match Toegang").execute()
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(family);
        step("startMatch", Map.of("id", match));
        assertThat(sees(helper, family)).as("started").isTrue();
        helper.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Alleen lezen", "lifeDomains", List.of("FINANCES")))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        assertThat(sees(as(Role.PROFESSIONAL, municipality, professional("Collega", "SPECIALIST", 2, List.of(debt), kern)), family))
                .as("another professional").isFalse();

        close(match, "HELPED");
        assertThat(sees(helper, family)).as("closed").isFalse();
    }

    @Test
    void through_professional_matches_a_professional_reaches_only_the_families_they_may_read() {
        var debt = expertise("Schulden genest", List.of("FINANCES"), null);
        var helperId = professional("Helper Genest", "SPECIALIST", 3, List.of(debt), kern);
        var active = family("Gezin Actief");
        addMember(active, "Ilse", "PARENT", true);
        var activeMatch = propose(createQuestion(active, "Schulden.", List.of("FINANCES")), helperId);
        confirm(activeMatch);
        var ended = family("Gezin Afgesloten");
        var endedMatch = propose(createQuestion(ended, "Schulden.", List.of("FINANCES")), helperId);
        confirm(endedMatch);
        close(endedMatch, "REFERRED");

        var matches = as(Role.PROFESSIONAL, municipality, helperId).documentName("professionalMatches").variable("id", helperId)
                .execute().path("professional.matches").entityList(Map.class).hasSize(2).get();
        assertThat(matches).anySatisfy(match -> assertThat(match).containsEntry("id", activeMatch)
                .containsEntry("family", Map.of("id", active, "name", nameOf(active), "members", List.of(Map.of("person", Map.of("givenName", "Ilse")))))
                .extractingByKey("helpQuestion").isNotNull());
        assertThat(matches).anySatisfy(match -> assertThat(match).containsEntry("id", endedMatch)
                .containsEntry("status", "CLOSED").containsEntry("family", null).containsEntry("helpQuestion", null));

        as(Role.PROFESSIONAL, municipality, professional("Nieuwsgierig", "SPECIALIST", 1, List.of(debt), kern))
                .documentName("professionalMatches").variable("id", helperId).execute()
                .path("professional.matches").entityList(Object.class).hasSize(0);
        as(Role.ADMIN, municipality, null).documentName("professionalMatches").variable("id", helperId).execute()
                .path("professional.matches").entityList(Object.class).hasSize(0);
        graphQl.documentName("professionalMatches").variable("id", helperId).execute()
                .path("professional.matches[*].id").entityList(String.class).containsExactly(endedMatch, activeMatch);

        as(Role.PROFESSIONAL, municipality, helperId).documentName("match").variable("id", endedMatch).execute()
                .path("match").matchesJson("{\"status\": \"CLOSED\", \"family\": null, \"helpQuestion\": null}");
        assertThat(neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $family}) WHERE 'Match' IN e.objectTypes AND e.eventAction = 'READ'
                          AND e.roleCode = 'PROFESSIONAL'
                        RETURN count(e)""").bind(active).to("family").fetchAs(Long.class).one().orElseThrow())
                .isPositive();
    }

    @Test
    void a_match_is_not_found_for_whoever_may_not_see_it() {
        var debt = expertise("Schulden verborgen", List.of("FINANCES"), null);
        var helperId = professional("Helper Verborgen", "SPECIALIST", 3, List.of(debt), kern);
        var match = propose(createQuestion(family("Gezin Verborgen"), "Schulden.", List.of("FINANCES")), helperId);

        assertNotFound(as(Role.COACH, municipality, professional("Andere coach " + tag(), true)).documentName("match")
                .variable("id", match).execute(), "match");
        assertNotFound(as(Role.PROFESSIONAL, municipality, professional("Derde", "SPECIALIST", 1, List.of(debt), kern))
                .documentName("match").variable("id", match).execute(), "match");
        graphQl.documentName("match").variable("id", match).execute().path("match.status").entity(String.class).isEqualTo("PROPOSED");
    }

    private String nameOf(String familyId) {
        return neo4j.query("MATCH (f:Family {id: $id}) RETURN f.name").bind(familyId).to("id").fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void a_familys_matches_are_exported_and_erased_with_it_and_active_places_come_back() {
        var debt = expertise("Schulden privacy", List.of("FINANCES"), null);
        var helperId = professional("Helper Privacy", "SPECIALIST", 2, List.of(debt), kern);
        var family = family("Gezin Privacy");
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var match = propose(question, helperId);
        confirm(match);
        assertThat(capacity(helperId)).isEqualTo(1);

        graphQl.documentName("exportFamily").variable("id", family).execute()
                .path("exportFamily.document.matches[0]").matchesJson("""
                        {"id": "%s", "status": "CONFIRMED", "ladderStep": "SPECIALIST", "helpQuestionId": "%s",
                         "helper": {"id": "%s", "type": "Professional", "name": "Helper Privacy"}}""".formatted(match, question, helperId));
        graphQl.documentName("eraseFamily").variable("input", Map.of("familyId", family, "confirmName", nameOf(family))).execute()
                .path("eraseFamily.userErrors").entityList(Object.class).hasSize(0);

        assertThat(neo4j.query("MATCH (m:Match {id: $id}) RETURN count(m)").bind(match).to("id").fetchAs(Long.class).one().orElseThrow())
                .isZero();
        assertThat(capacity(helperId)).isEqualTo(2);
    }

    @Test
    void a_help_question_or_family_with_matches_is_not_deleted() {
        var helperId = professional("Helper Verwijderen", "SPECIALIST", 2, List.of(expertise("Schulden weg", List.of("FINANCES"), null)), kern);
        var family = family("Gezin Verwijderen");
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        propose(question, helperId);

        graphQl.documentName("deleteHelpQuestion").variable("id", question).execute()
                .path("deleteHelpQuestion.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED");
        graphQl.documentName("deleteFamily").variable("id", family).execute()
                .path("deleteFamily.userErrors[0].message").entity(String.class).satisfies(message -> assertThat(message).contains("1 matches"));
    }
}
