package nl.netwerkkaart.guard;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Classic injection strings through the text inputs: every value reaches Cypher as a parameter, so it is stored
 * exactly as sent or refused by a length rule, and nothing else in the graph changes.
 */
class InjectionTest extends FamilyTestSupport {

    static List<String> hostileTexts() {
        return List.of(
                "' OR 1=1 //",
                "\"}) DETACH DELETE n //",
                "x'}) MATCH (n) DETACH DELETE n RETURN 1 //",
                "Robert'); CALL db.clearQueryCaches(); //",
                "\u202Eevil\u202C \u200B\uFEFF Zoë's gezin \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
                "${jndi:ldap://example.org/a} {{7*7}} <script>alert(1)</script>",
                "\\u0027 OR \\u00271\\u0027=\\u00271",
                // long, yet within the request body limit (1 MB), so it reaches the length checks
                "x".repeat(300 * 1024));
    }

    private long graphSizeWithout(String label) {
        // the audit trail records every attempt by design, so it is left out like the label under test
        return neo4j.query("""
                        RETURN COUNT { MATCH (n) WHERE NOT ($label IN labels(n) OR n:AuditEvent OR n:AuditChain) }
                             + COUNT { MATCH (a)-->(b) WHERE NOT (a:AuditEvent OR b:AuditEvent) } AS size""")
                .bind(label).to("label").fetchAs(Long.class).one().orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void help_question_text_is_stored_literally_or_refused(String text) {
        var family = createFamily("Gezin Injectie " + tag());
        var before = graphSizeWithout("HelpQuestion");

        var response = graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", text, "lifeDomains", List.of("FINANCES")))
                .execute();

        var errors = response.path("createHelpQuestion.userErrors").entityList(Map.class).get();
        if (errors.isEmpty()) {
            response.path("createHelpQuestion.helpQuestion.text").entity(String.class).isEqualTo(text.strip());
            // the question itself plus its RAISED and CONCERNS relationships
            assertThat(graphSizeWithout("HelpQuestion")).isEqualTo(before + 2);
        }
        else {
            assertThat(errors).extracting(error -> error.get("field")).containsExactly("input.text");
            assertThat(graphSizeWithout("HelpQuestion")).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    void names_of_organisations_families_and_persons_are_stored_literally_or_refused(String text) {
        var family = createFamily("Gezin Namen " + tag());
        var before = graphSize();
        var admin = as(Role.ADMIN, null);

        var organisation = admin.documentName("createOrganisation")
                .variable("input", Map.of("name", text, "description", text)).execute();
        var member = graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", family, "givenName", text, "familyName", text, "role", "PARENT")).execute();
        var search = graphQl.documentName("families").variable("text", text.length() > 200 ? text.substring(0, 200) : text).execute();

        var organisationErrors = organisation.path("createOrganisation.userErrors").entityList(Map.class).get();
        var memberErrors = member.path("addFamilyMember.userErrors").entityList(Map.class).get();
        // bidirectional overrides are refused by name (MutationTextTest), whatever the length
        if (text.length() <= 200 && !text.contains("\u202E")) {
            assertThat(organisationErrors).isEmpty();
            assertThat(memberErrors).isEmpty();
            organisation.path("createOrganisation.organisation.name").entity(String.class).isEqualTo(text.strip());
            member.path("addFamilyMember.member.person.givenName").entity(String.class).isEqualTo(text.strip());
            // one organisation; one person with its MEMBER_OF
            assertThat(graphSize()).isEqualTo(before + 3);
        }
        else {
            assertThat(organisationErrors).extracting(error -> error.get("field")).contains("input.name");
            assertThat(memberErrors).extracting(error -> error.get("field")).contains("input.givenName");
            assertThat(graphSize()).isEqualTo(before);
        }
        search.path("families.totalCount").entity(Integer.class).isEqualTo(0);
    }
}
