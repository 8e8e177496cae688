package nl.netwerkkaart.consent;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ConsentTest extends FamilyTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    private static final List<String> ALL_SCOPES = List.of("SHARE_WITH_TENT", "SHARE_NETWORK_MAP", "ANONYMOUS_STATISTICS");

    @Autowired
    private ConsentService consents;

    @Test
    void under_12_a_parent_with_authority_must_give_consent() {
        var family = createFamily("Gezin Toestemming Jong " + tag());
        var mother = member(family, "Eva", "PARENT", true, TODAY.minusYears(38));
        var stepfather = member(family, "Joost", "PARENT", false, TODAY.minusYears(41));
        // 12 tomorrow: still under 12 today.
        var child = member(family, "Noor", "CHILD", false, TODAY.minusYears(12).plusDays(1));
        var before = graphSize();

        record(family, List.of(stepfather, child), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.consent").valueIsNull()
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "Noor (11) is under 12, so a parent with authority must give consent"}]""");
        assertThat(graphSize()).isEqualTo(before);

        record(family, List.of(mother), List.of("SHARE_WITH_TENT", "ANONYMOUS_STATISTICS"),
                Map.of("note", "  Mondeling gegeven bij het eerste gesprek.  ", "validUntil", TODAY.plusYears(1).toString()))
                .path("recordConsent.userErrors").entityList(Object.class).hasSize(0)
                .path("recordConsent.consent").matchesJson("""
                        {"scopes": ["SHARE_WITH_TENT", "ANONYMOUS_STATISTICS"], "validUntil": "%s", "revokedAt": null,
                         "revocationReason": null, "note": "Mondeling gegeven bij het eerste gesprek.", "active": true,
                         "givenBy": [{"id": "%s", "givenName": "Eva"}]}""".formatted(TODAY.plusYears(1), mother))
                .path("recordConsent.family").matchesJson("""
                        {"id": "%s", "currentConsent": {"shareWithTent": true, "shareNetworkMap": false, "anonymousStatistics": true}}"""
                        .formatted(family));
    }

    @Test
    void from_12_to_15_the_child_and_a_parent_with_authority_consent_together() {
        var family = createFamily("Gezin Toestemming Tiener " + tag());
        var father = member(family, "Ruud", "PARENT", true, TODAY.minusYears(45));
        // 12 today, and 16 tomorrow: both boundaries of the band.
        var twelve = member(family, "Daan", "CHILD", false, TODAY.minusYears(12));
        var fifteen = member(family, "Lotte", "CHILD", false, TODAY.minusYears(16).plusDays(1));
        var before = graphSize();

        record(family, List.of(father), List.of("SHARE_NETWORK_MAP"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "Lotte (15) must give consent too, together with a parent with authority"},
                         {"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "Daan (12) must give consent too, together with a parent with authority"}]""");
        record(family, List.of(twelve, fifteen), List.of("SHARE_NETWORK_MAP"))
                .path("recordConsent.userErrors[*].message").entityList(String.class).containsExactly(
                        "A parent with authority must give consent too, together with Lotte (15)",
                        "A parent with authority must give consent too, together with Daan (12)");
        record(family, List.of(father, twelve), List.of("SHARE_NETWORK_MAP"))
                .path("recordConsent.userErrors[*].message").entityList(String.class).containsExactly(
                        "Lotte (15) must give consent too, together with a parent with authority");
        assertThat(graphSize()).isEqualTo(before);

        record(family, List.of(fifteen, father, twelve), List.of("SHARE_NETWORK_MAP"))
                .path("recordConsent.userErrors").entityList(Object.class).hasSize(0)
                .path("recordConsent.consent.givenBy[*].givenName").entityList(String.class).containsExactly("Daan", "Lotte", "Ruud");
    }

    @Test
    void from_16_the_young_person_consents_and_parents_alone_are_not_enough() {
        var family = createFamily("Gezin Toestemming Zestien " + tag());
        var mother = member(family, "Ilse", "PARENT", true, TODAY.minusYears(47));
        var sixteen = member(family, "Sam", "CHILD", false, TODAY.minusYears(16));
        var before = graphSize();

        record(family, List.of(mother), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "Sam (16) must give consent personally: from 16 a young person decides alone and a parent's consent is not enough"}]""");
        assertThat(graphSize()).isEqualTo(before);

        record(family, List.of(sixteen), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").entityList(Object.class).hasSize(0)
                .path("recordConsent.consent.givenBy[*].id").entityList(String.class).containsExactly(sixteen);
    }

    @Test
    void a_family_without_children_needs_an_adult_with_a_birth_date() {
        var family = createFamily("Gezin Toestemming Volwassen " + tag());
        var undated = member(family, "Henk", "PARENT", true, null);
        var seventeen = member(family, "Mees", "OTHER", false, TODAY.minusYears(18).plusDays(1));
        var eighteen = member(family, "Fleur", "OTHER", false, TODAY.minusYears(18));
        var before = graphSize();

        record(family, List.of(undated, seventeen), List.of("ANONYMOUS_STATISTICS"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "A family without children needs consent from an adult member (18 or older, with a birth date)"}]""");
        assertThat(graphSize()).isEqualTo(before);

        record(family, List.of(eighteen), List.of("ANONYMOUS_STATISTICS"))
                .path("recordConsent.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_child_without_a_birth_date_blocks_consent_until_it_is_known() {
        var family = createFamily("Gezin Toestemming Onbekend " + tag());
        var father = member(family, "Bram", "PARENT", true, TODAY.minusYears(35));
        member(family, "Jip", "CHILD", false, null);
        var before = graphSize();

        record(family, List.of(father), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID",
                          "message": "Jip has no birth date, so who must consent cannot be decided; add Jip's birth date first"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void every_giver_must_be_a_member_of_the_family() {
        var family = createFamily("Gezin Toestemming Leden " + tag());
        var mother = member(family, "Sanne", "PARENT", true, TODAY.minusYears(33));
        var neighbour = member(createFamily("Gezin Buren " + tag()), "Kees", "PARENT", true, TODAY.minusYears(50));
        var before = graphSize();

        record(family, List.of(mother, neighbour, UUID.randomUUID().toString()), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds[1]", "code": "INVALID", "message": "must be a member of this family"},
                         {"field": "input.givenByPersonIds[2]", "code": "NOT_FOUND"}]""");
        record(family, List.of(mother, "persoon-1", mother.toUpperCase()), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds[1]", "code": "INVALID", "message": "must be a UUID"},
                         {"field": "input.givenByPersonIds[2]", "code": "INVALID", "message": "is listed more than once"}]""");
        record(family, List.of(), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.givenByPersonIds", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void unknown_family_malformed_id_duplicate_scope_past_date_and_long_note_are_refused() {
        var family = createFamily("Gezin Toestemming Fout " + tag());
        var mother = member(family, "Roos", "PARENT", true, TODAY.minusYears(30));
        var before = graphSize();

        record(UUID.randomUUID().toString(), List.of(mother), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.familyId", "code": "NOT_FOUND"}]""");
        record("gezin-1' OR 1=1", List.of(mother), List.of("SHARE_WITH_TENT"))
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.familyId", "code": "INVALID", "message": "must be a UUID"}]""");
        record(family, List.of(mother), List.of("SHARE_WITH_TENT", "ANONYMOUS_STATISTICS", "SHARE_WITH_TENT"),
                Map.of("validUntil", TODAY.minusDays(1).toString(), "note", "n".repeat(501)))
                .path("recordConsent.consent").valueIsNull()
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.note", "code": "INVALID"},
                         {"field": "input.scopes[2]", "code": "INVALID", "message": "is listed more than once"},
                         {"field": "input.validUntil", "code": "INVALID", "message": "must not be in the past"}]""");
        record(family, List.of(mother), List.of())
                .path("recordConsent.userErrors").matchesJson("""
                        [{"field": "input.scopes", "code": "INVALID"}]""");
        record(family, List.of(mother), List.of("SHARE_EVERYTHING"))
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void valid_until_today_is_accepted_and_still_active() {
        var family = createFamily("Gezin Toestemming Vandaag " + tag());
        var mother = member(family, "Lieke", "PARENT", true, TODAY.minusYears(29));

        record(family, List.of(mother), List.of("SHARE_NETWORK_MAP"), Map.of("validUntil", TODAY.toString()))
                .path("recordConsent.consent").matchesJson("{\"validUntil\": \"%s\", \"active\": true}".formatted(TODAY))
                .path("recordConsent.family.currentConsent.shareNetworkMap").entity(Boolean.class).isEqualTo(true);
    }

    @Test
    void revoked_consent_is_kept_for_history_and_cannot_be_revoked_twice() {
        var family = createFamily("Gezin Toestemming Intrekken " + tag());
        var mother = member(family, "Mirjam", "PARENT", true, TODAY.minusYears(44));
        var consent = recorded(family, List.of(mother), List.of("SHARE_WITH_TENT"));

        graphQl.documentName("revokeConsent")
                .variable("input", Map.of("consentId", consent.toUpperCase(), "reason", " Wil eerst zelf met de school praten. "))
                .execute()
                .path("revokeConsent.userErrors").entityList(Object.class).hasSize(0)
                .path("revokeConsent.consent").matchesJson("""
                        {"id": "%s", "scopes": ["SHARE_WITH_TENT"], "revocationReason": "Wil eerst zelf met de school praten.",
                         "active": false, "givenBy": [{"id": "%s"}]}""".formatted(consent, mother))
                .path("revokeConsent.consent.revokedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank())
                .path("revokeConsent.family.currentConsent.shareWithTent").entity(Boolean.class).isEqualTo(false);
        var before = graphSize();

        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", consent)).execute()
                .path("revokeConsent.consent").valueIsNull()
                .path("revokeConsent.userErrors").matchesJson("""
                        [{"field": "input.consentId", "code": "CONFLICT"}]""")
                .path("revokeConsent.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).startsWith("was already revoked at "));
        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", UUID.randomUUID().toString())).execute()
                .path("revokeConsent.userErrors").matchesJson("[{\"field\": \"input.consentId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", "toestemming", "reason", "r".repeat(501))).execute()
                .path("revokeConsent.userErrors").matchesJson("""
                        [{"field": "input.consentId", "code": "INVALID", "message": "must be a UUID"},
                         {"field": "input.reason", "code": "INVALID"}]""");
        assertThat(graphSize()).isEqualTo(before);

        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].id").entityList(String.class).containsExactly(consent)
                .path("family.consents[0].active").entity(Boolean.class).isEqualTo(false)
                .path("family.consents[0].revokedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
    }

    @Test
    @WithMockUser(roles = "COACH") // the service is called directly, as other features do, inside a signed-in request
    void expired_consent_is_no_longer_current() {
        var family = createFamily("Gezin Toestemming Verlopen " + tag());
        var mother = member(family, "Anouk", "PARENT", true, TODAY.minusYears(36));
        var consent = recorded(family, List.of(mother), ALL_SCOPES);
        neo4j.query("MATCH (c:Consent {id: $id}) SET c.validUntil = $yesterday")
                .bind(consent).to("id").bind(TODAY.minusDays(1)).to("yesterday").run();

        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].active").entityList(Boolean.class).containsExactly(false)
                .path("family.currentConsent").matchesJson("""
                        {"shareWithTent": false, "shareNetworkMap": false, "anonymousStatistics": false}""");
        assertThat(consents.currentScopes(List.of(family))).containsEntry(family, Set.of());
    }

    @Test
    void a_consent_of_the_parents_alone_stops_covering_sharing_when_the_child_turns_12_until_it_is_renewed() {
        var family = createFamily("Gezin Toestemming Jarig " + tag());
        var mother = member(family, "Sanne", "PARENT", true, TODAY.minusYears(40));
        var child = member(family, "Mila", "CHILD", false, TODAY.minusYears(12).plusDays(1));
        var question = createQuestion(family, "Zorgen over school.", List.of("SCHOOL"));
        var participant = professional("Deelnemer Jarig " + tag(), false);
        neo4j.query("""
                        MATCH (p:Professional {id: $participant}), (t:TentSession {id: $session})
                        CREATE (p)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(t)""")
                .bindAll(Map.of("participant", participant, "session", tentSession(family, TODAY.plusDays(7).toString(), List.of(question))))
                .run();
        var given = recorded(family, List.of(mother), ALL_SCOPES);
        var professional = as(Role.PROFESSIONAL, participant);
        professional.documentName("family").variable("id", family).execute().path("family.id").entity(String.class).isEqualTo(family);

        // Mila's birthday: the consent was valid when given, but now Mila must consent too
        neo4j.query("MATCH (p:Person {id: $child}) SET p.birthDate = $birthDate")
                .bindAll(Map.of("child", child, "birthDate", TODAY.minusYears(12))).run();

        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].active").entityList(Boolean.class).containsExactly(true)
                .path("family.currentConsent").matchesJson("""
                        {"shareWithTent": false, "shareNetworkMap": false, "anonymousStatistics": true}""");
        assertNotFound(professional.documentName("family").variable("id", family).execute(), "family");

        var renewed = recorded(family, List.of(mother, child), ALL_SCOPES);
        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].id").entityList(String.class).containsExactly(renewed, given)
                .path("family.currentConsent").matchesJson("""
                        {"shareWithTent": true, "shareNetworkMap": true, "anonymousStatistics": true}""");
        professional.documentName("family").variable("id", family).execute().path("family.id").entity(String.class).isEqualTo(family);
    }

    @Test
    void a_consent_the_young_person_gave_at_15_still_covers_sharing_at_16() {
        var family = createFamily("Gezin Toestemming Zestien " + tag());
        var father = member(family, "Bas", "PARENT", true, TODAY.minusYears(47));
        var son = member(family, "Jesse", "CHILD", false, TODAY.minusYears(16).plusDays(1));
        recorded(family, List.of(father, son), ALL_SCOPES);

        neo4j.query("MATCH (p:Person {id: $son}) SET p.birthDate = $birthDate")
                .bindAll(Map.of("son", son, "birthDate", TODAY.minusYears(16))).run();

        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.currentConsent").matchesJson("""
                        {"shareWithTent": true, "shareNetworkMap": true, "anonymousStatistics": true}""");
    }

    @Test
    void current_consent_combines_the_scopes_of_the_active_consents_newest_first() {
        var family = createFamily("Gezin Toestemming Samen " + tag());
        var father = member(family, "Wim", "PARENT", true, TODAY.minusYears(52));
        var tent = recorded(family, List.of(father), List.of("SHARE_WITH_TENT"));
        var map = recorded(family, List.of(father), List.of("SHARE_NETWORK_MAP", "SHARE_WITH_TENT"));
        var statistics = recorded(family, List.of(father), List.of("ANONYMOUS_STATISTICS"));
        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", map)).execute()
                .path("revokeConsent.userErrors").entityList(Object.class).hasSize(0);

        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].id").entityList(String.class).containsExactly(statistics, map, tent)
                .path("family.consents[*].active").entityList(Boolean.class).containsExactly(true, false, true)
                .path("family.consents[1].scopes").entityList(String.class).containsExactly("SHARE_WITH_TENT", "SHARE_NETWORK_MAP")
                .path("family.currentConsent").matchesJson("""
                        {"shareWithTent": true, "shareNetworkMap": false, "anonymousStatistics": true}""");
    }

    @Test
    @WithMockUser(roles = "COACH") // the service is called directly, as other features do, inside a signed-in request
    void current_scopes_answers_for_several_families_with_one_statement() {
        var withTent = createFamily("Gezin Scopes A " + tag());
        recorded(withTent, List.of(member(withTent, "Pim", "PARENT", true, TODAY.minusYears(40))),
                List.of("SHARE_WITH_TENT", "ANONYMOUS_STATISTICS"));
        var withAll = createFamily("Gezin Scopes B " + tag());
        recorded(withAll, List.of(member(withAll, "Tess", "PARENT", true, TODAY.minusYears(31))), ALL_SCOPES);
        var without = createFamily("Gezin Scopes C " + tag());
        var unknown = UUID.randomUUID().toString();

        statements.reset();
        var scopes = consents.currentScopes(List.of(withTent, withAll, without, unknown));

        assertThat(statements.count()).isEqualTo(1);
        assertThat(scopes).isEqualTo(Map.of(
                withTent, EnumSet.of(ConsentScope.SHARE_WITH_TENT, ConsentScope.ANONYMOUS_STATISTICS),
                withAll, EnumSet.allOf(ConsentScope.class),
                without, Set.of(),
                unknown, Set.of()));
    }

    @Test
    void consents_of_three_families_take_as_many_statements_as_of_one() {
        var one = "Toestemmingbatch" + tag();
        familyWithConsents("Gezin " + one);
        var three = "Toestemmingbatch" + tag();
        for (int i = 0; i < 3; i++) {
            familyWithConsents("Gezin " + i + " " + three);
        }

        statements.reset();
        graphQl.documentName("familiesConsents").variable("text", one).execute()
                .path("families.edges[0].node.consents").entityList(Object.class).hasSize(2)
                .path("families.edges[0].node.consents[0].givenBy[*].givenName").entityList(String.class).containsExactly("Olivier");
        var forOne = statements.count();
        statements.reset();
        graphQl.documentName("familiesConsents").variable("text", three).execute()
                .path("families.edges[*].node.consents[*].id").entityList(String.class).hasSize(6)
                .path("families.edges[*].node.currentConsent.shareWithTent").entityList(Boolean.class).containsExactly(true, true, true);
        assertThat(statements.count()).isEqualTo(forOne);
    }

    @Test
    void deleting_a_family_deletes_its_consents() {
        var family = createFamily("Gezin Toestemming Weg " + tag());
        var consent = recorded(family, List.of(member(family, "Karin", "PARENT", true, TODAY.minusYears(39))), ALL_SCOPES);

        graphQl.documentName("deleteFamily").variable("id", family).execute()
                .path("deleteFamily.userErrors").entityList(Object.class).hasSize(0);

        assertThat(neo4j.query("MATCH (c:Consent {id: $id}) RETURN count(c)").bind(consent).to("id")
                .fetchAs(Long.class).one().orElseThrow()).isZero();
    }

    @Test
    void a_member_who_gave_an_active_consent_is_removed_only_after_it_is_revoked() {
        var family = createFamily("Gezin Toestemming Vertrek " + tag());
        var leaving = member(family, "Marco", "PARENT", true, TODAY.minusYears(42));
        var staying = member(family, "Linda", "PARENT", true, TODAY.minusYears(40));
        var consent = recorded(family, List.of(leaving, staying), List.of("SHARE_WITH_TENT"));
        var before = graphSize();

        graphQl.documentName("removeFamilyMember").variable("familyId", family).variable("personId", leaving).execute()
                .path("removeFamilyMember.family").valueIsNull()
                .path("removeFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.personId", "code": "REFERENCED"}]""")
                .path("removeFamilyMember.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).startsWith("1 active consents of this family were given by this person"));
        assertThat(graphSize()).isEqualTo(before);

        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", consent, "reason", "Vader verhuist.")).execute()
                .path("revokeConsent.userErrors").entityList(Object.class).hasSize(0);
        graphQl.documentName("removeFamilyMember").variable("familyId", family).variable("personId", leaving).execute()
                .path("removeFamilyMember.userErrors").entityList(Object.class).hasSize(0);

        // The revoked consent stays; the deleted person no longer appears among its givers.
        graphQl.documentName("familyConsents").variable("id", family).execute()
                .path("family.consents[*].id").entityList(String.class).containsExactly(consent)
                .path("family.consents[0].givenBy[*].id").entityList(String.class).containsExactly(staying);
    }

    private void familyWithConsents(String name) {
        var family = createFamily(name);
        var father = member(family, "Olivier", "PARENT", true, TODAY.minusYears(37));
        var consent = recorded(family, List.of(father), List.of("SHARE_NETWORK_MAP"));
        graphQl.documentName("revokeConsent").variable("input", Map.of("consentId", consent)).execute()
                .path("revokeConsent.userErrors").entityList(Object.class).hasSize(0);
        recorded(family, List.of(father), List.of("SHARE_WITH_TENT"));
    }

    private String member(String familyId, String givenName, String role, boolean authority, LocalDate birthDate) {
        var input = new HashMap<String, Object>(Map.of("familyId", familyId, "givenName", givenName, "role", role, "authority", authority));
        if (birthDate != null) {
            input.put("birthDate", birthDate.toString());
        }
        return addMember(input);
    }

    private GraphQlTester.Response record(String familyId, List<String> givers, List<String> scopes) {
        return record(familyId, givers, scopes, Map.of());
    }

    private GraphQlTester.Response record(String familyId, List<String> givers, List<String> scopes, Map<String, Object> more) {
        var input = new HashMap<String, Object>(more);
        input.put("familyId", familyId);
        input.put("givenByPersonIds", new ArrayList<>(givers));
        input.put("scopes", scopes);
        return graphQl.documentName("recordConsent").variable("input", input).execute();
    }

    private String recorded(String familyId, List<String> givers, List<String> scopes) {
        return record(familyId, givers, scopes)
                .path("recordConsent.userErrors").entityList(Object.class).hasSize(0)
                .path("recordConsent.consent.id").entity(String.class).get();
    }
}
