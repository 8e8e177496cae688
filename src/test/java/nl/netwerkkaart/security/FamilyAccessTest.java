package nl.netwerkkaart.security;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.family.FamilyTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyAccessTest extends FamilyTestSupport {

    private String tentWith(String familyId, String professionalId, LocalDate date, String status) {
        var session = tentSession(familyId, date.toString(), List.of());
        neo4j.query("""
                        MATCH (t:TentSession {id: $session}), (p:Professional {id: $professional})
                        CREATE (p)-[:PARTICIPATES_IN {status: $status}]->(t)""")
                .bindAll(Map.of("session", session, "professional", professionalId, "status", status)).run();
        return session;
    }

    private String consent(String familyId, List<String> scopes) {
        return neo4j.query("""
                        MATCH (f:Family {id: $family})
                        CREATE (f)-[:HAS_CONSENT]->(c:Consent {id: randomUUID(), scopes: $scopes, givenAt: datetime(),
                                                               createdAt: datetime(), updatedAt: datetime()})
                        RETURN c.id""")
                .bindAll(Map.of("family", familyId, "scopes", scopes)).fetchAs(String.class).one().orElseThrow();
    }

    private static boolean sees(HttpGraphQlTester user, String familyId) {
        var response = user.documentName("family").variable("id", familyId).execute();
        var found = new boolean[1];
        response.errors().satisfy(errors -> found[0] = errors.isEmpty());
        return found[0];
    }

    @Test
    void a_coach_cannot_read_or_change_another_coachs_family() {
        var family = createFamily("Gezin Eigen " + tag());
        var other = as(Role.COACH, professional("Andere coach " + tag(), true));
        var before = graphSize();

        assertThat(sees(other, family)).isFalse();
        other.documentName("updateFamily")
                .variable("input", Map.of("id", family, "name", "Overgenomen", "areaId", area("Kern " + tag(), "KERN"),
                        "coachId", coach))
                .execute().path("updateFamily.userErrors[*].code").entityList(String.class).contains("NOT_FOUND");
        other.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Mag dit?", "lifeDomains", List.of("FINANCES")))
                .execute().path("createHelpQuestion.userErrors[0]").matchesJson("{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}");
        other.documentName("deleteFamily").variable("id", family)
                .execute().path("deleteFamily.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        assertThat(graphSize()).isGreaterThanOrEqualTo(before);
        assertThat(sees(graphQl, family)).isTrue();
    }

    @Test
    void a_professional_reads_a_family_only_while_in_its_tent_and_with_consent_to_share() {
        var family = createFamily("Gezin Tent Toegang " + tag());
        var question = createQuestion(family, "Hulp bij de administratie.", List.of("FINANCES"));
        var invited = professional("Deelnemer " + tag(), false);
        var declined = professional("Afgemeld " + tag(), false);
        tentWith(family, invited, LocalDate.now(Today.ZONE).plusDays(7), "ACCEPTED");
        tentWith(family, declined, LocalDate.now(Today.ZONE).plusDays(7), "DECLINED");
        var participant = as(Role.PROFESSIONAL, invited);

        assertThat(sees(participant, family)).as("no consent yet").isFalse();
        consent(family, List.of("ANONYMOUS_STATISTICS"));
        assertThat(sees(participant, family)).as("consent without sharing with the tent").isFalse();
        var sharing = consent(family, List.of("SHARE_WITH_TENT"));

        assertThat(sees(participant, family)).isTrue();
        participant.documentName("helpQuestion").variable("id", question).execute()
                .path("helpQuestion.id").entity(String.class).isEqualTo(question);
        participant.documentName("families").variable("text", "Gezin Tent Toegang").execute()
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(family);
        assertThat(sees(as(Role.PROFESSIONAL, declined), family)).as("declined the invitation").isFalse();

        participant.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Alleen lezen", "lifeDomains", List.of("FINANCES")))
                .execute().errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));

        neo4j.query("MATCH (c:Consent {id: $id}) SET c.revokedAt = datetime()").bind(sharing).to("id").run();
        assertThat(sees(participant, family)).as("consent revoked").isFalse();
    }

    @Test
    void tent_participants_keep_access_for_fourteen_days_after_the_session() {
        var family = createFamily("Gezin Na De Tent " + tag());
        consent(family, List.of("SHARE_WITH_TENT"));
        var recent = professional("Recent " + tag(), false);
        var long_ago = professional("Lang geleden " + tag(), false);
        tentWith(family, recent, LocalDate.now(Today.ZONE).minusDays(14), "ATTENDED");
        tentWith(family, long_ago, LocalDate.now(Today.ZONE).minusDays(15), "ATTENDED");

        assertThat(sees(as(Role.PROFESSIONAL, recent), family)).isTrue();
        assertThat(sees(as(Role.PROFESSIONAL, long_ago), family)).isFalse();
    }

    @Test
    void families_outside_the_users_municipality_are_invisible_even_to_their_coach() {
        var elsewhere = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Andere gemeente', kind: 'MUNICIPALITY'})
                        CREATE (k:Area {id: randomUUID(), name: 'Andere kern', kind: 'KERN'})-[:PART_OF]->(m)
                        WITH k
                        MATCH (c:Professional {id: $coach})
                        CREATE (f:Family {id: randomUUID(), name: 'Gezin Elders', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (f)-[:LIVES_IN]->(k), (f)-[:COACHED_BY]->(c)
                        RETURN f.id""")
                .bind(coach).to("coach").fetchAs(String.class).one().orElseThrow();

        assertThat(sees(graphQl, elsewhere)).isFalse();
        graphQl.documentName("families").variable("text", "Gezin Elders").execute()
                .path("families.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void a_coach_registers_families_only_under_themselves() {
        graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "Gezin Van Een Ander", "areaId", area("Kern " + tag(), "KERN"),
                        "coachId", professional("Andere coach " + tag(), true)))
                .execute().path("createFamily.userErrors[0].field").entity(String.class).isEqualTo("input.coachId");
    }

    @Test
    void a_coach_cannot_record_consent_for_another_coachs_family() {
        var family = createFamily("Gezin Toestemming Ander " + tag());
        var parent = addMember(family, "Ouder", "PARENT", true);

        as(Role.COACH, professional("Andere coach " + tag(), true)).documentName("recordConsent")
                .variable("input", Map.of("familyId", family, "givenByPersonIds", List.of(parent), "scopes", List.of("SHARE_WITH_TENT")))
                .execute().path("recordConsent.userErrors[0]").matchesJson("{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}");
    }
}
