package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing a member in one mutation: {@code updateFamilyMember} with the person's own fields changes the person, the
 * role and the authority in one transaction, audited once, or writes nothing at all.
 */
class MemberEditTest extends FamilyTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    private static final String UPDATE = """
            mutation ($input: UpdateFamilyMemberInput!) {
                updateFamilyMember(input: $input) {
                    member { person { id givenName familyName birthDate languages version } role authority }
                    userErrors { field message code }
                }
            }""";

    private GraphQlTester.Response update(Map<String, Object> input) {
        return graphQl.document(UPDATE).variable("input", input).execute();
    }

    private static Map<String, Object> input(String familyId, String personId, String role, boolean authority) {
        return new HashMap<>(Map.of("familyId", familyId, "personId", personId, "role", role, "authority", authority));
    }

    /** The person as stored: given name, family name, version, and their role and authority in the family. */
    private String stored(String familyId, String personId) {
        return neo4j.query("""
                        MATCH (p:Person {id: $person})-[m:MEMBER_OF]->(:Family {id: $family})
                        RETURN p.givenName + '|' + coalesce(p.familyName, '') + '|' + coalesce(p.version, 1) + '|' + m.role + '|' + m.authority""")
                .bind(personId).to("person").bind(familyId).to("family")
                .fetchAs(String.class).one().orElseThrow();
    }

    private int version(String personId) {
        return neo4j.query("MATCH (p:Person {id: $person}) RETURN coalesce(p.version, 1)").bind(personId).to("person")
                .fetchAs(Long.class).one().orElseThrow().intValue();
    }

    /** How many audit events of the family name the person, by action. */
    private long auditedUpdates(String familyId, String personId) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $family})
                        WHERE e.eventAction = 'UPDATE' AND $person IN e.objectIds
                        RETURN count(e)""")
                .bind(familyId).to("family").bind(personId).to("person")
                .fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void the_persons_fields_role_and_authority_change_in_one_save_audited_once() {
        var family = createFamily("Gezin Bewerken " + tag());
        var person = addMember(family, "Ria", "OTHER", false);
        var before = version(person);
        var audited = auditedUpdates(family, person);
        var input = input(family, person, "PARENT", true);
        input.putAll(Map.of("givenName", "Maria", "familyName", "van der Heijden", "birthDate", TODAY.minusYears(40).toString(),
                "languages", List.of("nl", "ar"), "expectedVersion", before));

        update(input)
                .path("updateFamilyMember.userErrors").entityList(Object.class).hasSize(0)
                .path("updateFamilyMember.member").matchesJson("""
                        {"person": {"id": "%s", "givenName": "Maria", "familyName": "van der Heijden", "languages": ["nl", "ar"], "version": %d},
                         "role": "PARENT", "authority": true}""".formatted(person, before + 1));

        assertThat(stored(family, person)).isEqualTo("Maria|van der Heijden|" + (before + 1) + "|PARENT|true");
        assertThat(auditedUpdates(family, person)).isEqualTo(audited + 1);

        // without a given name only the role and authority change; the person stays as they are
        update(input(family, person, "OTHER", false)).path("updateFamilyMember.userErrors").entityList(Object.class).hasSize(0);
        assertThat(stored(family, person)).isEqualTo("Maria|van der Heijden|" + (before + 1) + "|OTHER|false");
    }

    @Test
    void a_refused_role_change_writes_no_name_change() {
        var family = createFamily("Gezin Geweigerd " + tag());
        var child = addMember(family, "Jip", "CHILD", false);
        var was = stored(family, child);
        var size = graphSize();
        var audited = auditedUpdates(family, child);
        var input = input(family, child, "CHILD", true);
        input.putAll(Map.of("givenName", "Jippe", "familyName", "Aerts", "expectedVersion", version(child)));

        update(input)
                .path("updateFamilyMember.member").valueIsNull()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.authority\", \"code\": \"INVALID\"}]");

        assertThat(stored(family, child)).isEqualTo(was);
        assertThat(graphSize()).isEqualTo(size);
        assertThat(auditedUpdates(family, child)).isEqualTo(audited);
    }

    @Test
    void the_persons_fields_are_refused_by_update_persons_rules_naming_their_fields_once() {
        var family = createFamily("Gezin Regels " + tag());
        var person = addMember(family, "Noor", "OTHER", false);
        var was = stored(family, person);
        var input = input(family, person, "PARENT", true);
        input.putAll(Map.of("givenName", "N".repeat(201), "familyName", "B".repeat(201), "languages", List.of("nl", "Nederlands"),
                "expectedVersion", 0));

        var errors = update(input)
                .path("updateFamilyMember.member").valueIsNull()
                .path("updateFamilyMember.userErrors").entityList(Map.class).get();

        assertThat(errors).extracting(error -> error.get("field")).containsExactlyInAnyOrder(
                "input.givenName", "input.familyName", "input.languages[1]", "input.expectedVersion");
        assertThat(errors).extracting(error -> error.get("message")).contains("must be an ISO 639-1 code");
        assertThat(stored(family, person)).isEqualTo(was);

        // a malformed person id is named once, as personId
        var malformed = input(family, "geen-uuid", "PARENT", true);
        malformed.put("givenName", "Noor");
        assertThat(update(malformed).path("updateFamilyMember.userErrors[*].field").entityList(String.class).get())
                .containsExactly("input.personId");
    }

    @Test
    void an_empty_given_name_and_a_birth_date_tomorrow_are_refused_naming_their_fields_and_nothing_is_written() {
        var family = createFamily("Gezin Velden " + tag());
        var person = addMember(family, "Kim", "OTHER", false);
        var was = stored(family, person);
        var input = input(family, person, "PARENT", true);
        input.putAll(Map.of("givenName", "  ", "birthDate", TODAY.plusDays(1).toString()));

        var fields = update(input)
                .path("updateFamilyMember.member").valueIsNull()
                .path("updateFamilyMember.userErrors[*].field").entityList(String.class).get();
        assertThat(fields).containsExactlyInAnyOrder("input.givenName", "input.birthDate");

        assertThat(stored(family, person)).isEqualTo(was);
    }

    @Test
    void a_stale_version_gives_the_conflict_error_and_writes_nothing() {
        var family = createFamily("Gezin Verouderd " + tag());
        var person = addMember(family, "Sam", "OTHER", false);
        var read = version(person);
        var first = input(family, person, "OTHER", false);
        first.putAll(Map.of("givenName", "Samuel", "expectedVersion", read));
        update(first).path("updateFamilyMember.userErrors").entityList(Object.class).hasSize(0);
        var was = stored(family, person);

        var stale = input(family, person, "PARENT", true);
        stale.putAll(Map.of("givenName", "Sammy", "expectedVersion", read));
        update(stale)
                .path("updateFamilyMember.member").valueIsNull()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.expectedVersion\", \"code\": \"CONFLICT\"}]");

        assertThat(stored(family, person)).isEqualTo(was);
    }

    @Test
    void of_two_parallel_edits_of_the_same_version_one_is_written_and_the_other_gets_the_conflict() throws Exception {
        var family = createFamily("Gezin Tegelijk " + tag());
        var person = addMember(family, "Lou", "OTHER", false);
        var read = version(person);
        var start = new CountDownLatch(1);
        var futures = new ArrayList<CompletableFuture<List<Map>>>();
        for (var name : List.of("Louise", "Lucas")) {
            var input = input(family, person, "PARENT", true);
            input.putAll(Map.of("givenName", name, "expectedVersion", read));
            futures.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return update(input).path("updateFamilyMember.userErrors").entityList(Map.class).get();
            }));
        }
        start.countDown();
        var outcomes = new ArrayList<List<Map>>();
        for (var future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn(List::isEmpty).hasSize(1);
        assertThat(outcomes).filteredOn(errors -> !errors.isEmpty()).singleElement()
                .satisfies(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.get("field")).isEqualTo("input.expectedVersion");
                    assertThat(error.get("code")).isEqualTo("CONFLICT");
                }));
        assertThat(version(person)).isEqualTo(read + 1);
    }
}
