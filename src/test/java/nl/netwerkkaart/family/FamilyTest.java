package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FamilyTest extends FamilyTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Amsterdam"));

    @Test
    void created_family_is_read_back_with_area_coach_and_members() {
        var kern = area("Kern " + tag(), "KERN");
        var created = graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "  Gezin Aerts  ", "reference", "PM-TEST-1", "areaId", kern, "coachId", coach))
                .execute();
        created.path("createFamily.userErrors").entityList(Object.class).hasSize(0)
                .path("createFamily.family").matchesJson("""
                        {"name": "Gezin Aerts", "reference": "PM-TEST-1", "coachId": "%s",
                         "area": {"id": "%s", "kind": "KERN"}, "coach": {"id": "%s"}, "members": []}""".formatted(coach, kern, coach));
        var id = created.path("createFamily.family.id").entity(String.class).get();
        var birthDate = TODAY.minusYears(10).minusDays(1);
        var child = addMember(new HashMap<>(Map.of("familyId", id, "givenName", "Noor", "familyName", "Aerts",
                "birthDate", birthDate.toString(), "role", "CHILD", "languages", List.of("nl", "en"))));
        var parent = addMember(id, "Kim", "PARENT", true);

        graphQl.documentName("family").variable("id", id).execute()
                .path("family").matchesJson("""
                        {"id": "%s", "name": "Gezin Aerts", "coach": {"email": "coach@voorbeeld.example.org"},
                         "members": [
                           {"person": {"id": "%s", "givenName": "Kim", "familyName": null, "birthDate": null, "age": null, "languages": []},
                            "role": "PARENT", "authority": true},
                           {"person": {"id": "%s", "givenName": "Noor", "familyName": "Aerts", "birthDate": "%s", "age": 10, "languages": ["nl", "en"]},
                            "role": "CHILD", "authority": false}],
                         "helpQuestions": [], "tentSessions": []}""".formatted(id, parent, child, birthDate))
                .path("family.members[*].person.givenName").entityList(String.class).containsExactly("Kim", "Noor");
    }

    @Test
    void unknown_family_is_not_found() {
        assertNotFound(graphQl.documentName("family").variable("id", UUID.randomUUID().toString()).execute(), "family");
    }

    @Test
    void malformed_ids_in_query_arguments_are_refused_naming_the_argument() {
        graphQl.documentName("family").variable("id", "42' OR 1=1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).startsWith("id:");
                }));
        graphQl.documentName("families").variable("areaId", "kern-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("areaId: must be a UUID")));
        graphQl.documentName("families").variable("coachId", "coach").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("coachId: must be a UUID")));
        graphQl.documentName("families").variable("text", "x".repeat(201)).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("text:")));
    }

    @Test
    void coach_sees_only_own_families_filtered_by_name_area_and_coach_ordered_by_name() {
        var token = "Filtertest" + tag();
        var kern = area("Kern " + tag(), "KERN");
        var wijk = wijkOf("Wijk " + tag(), kern);
        var otherKern = area("Kern " + tag(), "KERN");
        var otherCoach = professional("Coach " + tag(), true);
        var inWijk = createFamily("Gezin B " + token, wijk, coach);
        var inKernAtOne = createFamily("Gezin A1 " + token, kern, coach);
        var elsewhere = createFamily("Gezin C " + token, otherKern, coach);
        var ownCoach = graphQl;
        graphQl = as(Role.COACH, otherCoach);
        var ofOtherCoach = createFamily("Gezin A " + token, kern, otherCoach);
        graphQl = ownCoach;

        graphQl.documentName("families").variable("text", token.toUpperCase()).execute()
                .path("families.totalCount").entity(Integer.class).isEqualTo(3)
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(inKernAtOne, inWijk, elsewhere);
        graphQl.documentName("families").variable("text", token).variable("areaId", kern).execute()
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(inKernAtOne, inWijk);
        graphQl.documentName("families").variable("areaId", wijk).execute()
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(inWijk);
        graphQl.documentName("families").variable("coachId", otherCoach).execute()
                .path("families.totalCount").entity(Integer.class).isEqualTo(0);
        as(Role.COACH, otherCoach).documentName("families").variable("text", token).execute()
                .path("families.edges[*].node.id").entityList(String.class).containsExactly(ofOtherCoach);
        assertNotFound(graphQl.documentName("family").variable("id", ofOtherCoach).execute(), "family");
    }

    @Test
    void families_page_with_cursors() {
        var token = "Paginatest" + tag();
        for (int i = 0; i < 3; i++) {
            createFamily("Gezin " + i + " " + token);
        }
        var first = graphQl.documentName("families").variable("text", token).variable("first", 2).execute();
        first.path("families.totalCount").entity(Integer.class).isEqualTo(3)
                .path("families.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
        var after = first.path("families.pageInfo.endCursor").entity(String.class).get();

        graphQl.documentName("families").variable("text", token).variable("first", 2).variable("after", after).execute()
                .path("families.edges[*].node.name").entityList(String.class).containsExactly("Gezin 2 " + token)
                .path("families.pageInfo").matchesJson("{\"hasNextPage\": false, \"hasPreviousPage\": true}");
    }

    @Test
    void nested_fields_are_fetched_with_one_statement_each_however_many_families() {
        var one = "Batchtest" + tag();
        fullFamily("Gezin " + one);
        var three = "Batchtest" + tag();
        for (int i = 0; i < 3; i++) {
            fullFamily("Gezin " + i + " " + three);
        }

        statements.reset();
        graphQl.documentName("familiesNested").variable("text", one).execute()
                .path("families.edges").entityList(Object.class).hasSize(1)
                .path("families.edges[0].node.tentSessions[0].participants").entityList(Object.class).hasSize(0)
                .path("families.edges[0].node.helpQuestions[0].about.givenName").entity(String.class).isEqualTo("Mila");
        var forOne = statements.count();
        statements.reset();
        graphQl.documentName("familiesNested").variable("text", three).execute()
                .path("families.edges[*].node.members").entityList(Object.class).hasSize(3);
        assertThat(statements.count()).isEqualTo(forOne);
    }

    private void fullFamily(String name) {
        var kern = area("Kern " + tag(), "KERN");
        var id = createFamily(name, wijkOf("Wijk " + tag(), kern), coach);
        addMember(id, "Ruben", "PARENT", true);
        var child = addMember(id, "Mila", "CHILD", false);
        var question = graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", id, "text", "Mila slaapt slecht.", "lifeDomains", List.of("SAFETY", "FINANCES"),
                        "aboutPersonId", child))
                .execute()
                .path("createHelpQuestion.helpQuestion.id").entity(String.class).get();
        tentSession(id, "2026-12-01", List.of(question));
    }

    @Test
    void blank_name_unknown_area_and_non_coach_are_refused_and_nothing_is_written() {
        var notACoach = professional("Geen coach " + tag(), false);
        var before = graphSize();

        graphQl.documentName("createFamily")
                .variable("input", Map.of("name", " ", "areaId", UUID.randomUUID().toString(), "coachId", notACoach))
                .execute()
                .path("createFamily.family").valueIsNull()
                .path("createFamily.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "INVALID"},
                         {"field": "input.areaId", "code": "NOT_FOUND"},
                         {"field": "input.coachId", "code": "INVALID", "message": "must be a professional with the coach role"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void municipality_unknown_coach_and_malformed_ids_are_refused() {
        var before = graphSize();

        graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "Gezin Zonder Kern", "areaId", DEMO_MUNICIPALITY, "coachId", UUID.randomUUID().toString()))
                .execute()
                .path("createFamily.userErrors").matchesJson("""
                        [{"field": "input.areaId", "code": "INVALID"}, {"field": "input.coachId", "code": "NOT_FOUND"}]""");
        graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "Gezin Kapot", "areaId", "not-a-uuid", "coachId", "1' OR '1'='1"))
                .execute()
                .path("createFamily.userErrors").matchesJson("""
                        [{"field": "input.areaId", "code": "INVALID", "message": "must be a UUID"},
                         {"field": "input.coachId", "code": "INVALID", "message": "must be a UUID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void over_long_name_and_reference_are_refused() {
        var kern = area("Kern " + tag(), "KERN");
        var coach = professional("Coach " + tag(), true);
        var before = graphSize();

        graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "x".repeat(201), "reference", "r".repeat(51), "areaId", kern, "coachId", coach))
                .execute()
                .path("createFamily.userErrors").matchesJson("""
                        [{"field": "input.name", "code": "INVALID"}, {"field": "input.reference", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void update_replaces_the_fields_area_and_coach() {
        var kern = area("Kern " + tag(), "KERN");
        var id = graphQl.documentName("createFamily")
                .variable("input", Map.of("name", "Gezin Oud", "reference", "PM-OUD", "areaId", kern, "coachId", coach))
                .execute().path("createFamily.family.id").entity(String.class).get();
        var newKern = area("Kern " + tag(), "KERN");
        var newCoach = professional("Coach " + tag(), true);

        graphQl.documentName("updateFamily")
                .variable("input", Map.of("id", id, "name", "Gezin Nieuw", "areaId", newKern, "coachId", newCoach))
                .execute()
                .path("updateFamily.userErrors").entityList(Object.class).hasSize(0)
                .path("updateFamily.family").matchesJson("""
                        {"id": "%s", "name": "Gezin Nieuw", "reference": null, "coachId": "%s",
                         "area": {"id": "%s"}, "coach": {"id": "%s"}}""".formatted(id, newCoach, newKern, newCoach));
        assertThat(neo4j.query("MATCH (:Family {id: $id})-[r]->() RETURN count(r)").bind(id).to("id")
                .fetchAs(Long.class).one().orElseThrow()).isEqualTo(2);
    }

    @Test
    void update_of_an_unknown_family_is_refused() {
        var kern = area("Kern " + tag(), "KERN");
        var coach = professional("Coach " + tag(), true);
        var before = graphSize();

        graphQl.documentName("updateFamily")
                .variable("input", Map.of("id", UUID.randomUUID().toString(), "name", "Niemand", "areaId", kern, "coachId", coach))
                .execute()
                .path("updateFamily.userErrors").matchesJson("""
                        [{"field": "input.id", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void delete_removes_the_family_its_questions_and_its_own_members_but_not_a_member_of_another_family() {
        var id = createFamily("Gezin Weg " + tag());
        var other = createFamily("Gezin Blijft " + tag());
        var own = addMember(id, "Eigen", "CHILD", false);
        var shared = addMember(other, "Gedeeld", "PARENT", true);
        neo4j.query("MATCH (p:Person {id: $person}), (f:Family {id: $family}) CREATE (p)-[:MEMBER_OF {role: 'PARENT', authority: true}]->(f)")
                .bind(shared).to("person").bind(id).to("family").run();
        var question = createQuestion(id, "Wij willen hulp.", List.of("FINANCES"));

        graphQl.documentName("deleteFamily").variable("id", id).execute()
                .path("deleteFamily.userErrors").entityList(Object.class).hasSize(0)
                .path("deleteFamily.deletedId").entity(String.class).isEqualTo(id);

        assertNotFound(graphQl.documentName("family").variable("id", id).execute(), "family");
        assertNotFound(graphQl.documentName("helpQuestion").variable("id", question).execute(), "helpQuestion");
        assertThat(neo4j.query("MATCH (p:Person) WHERE p.id IN $ids RETURN p.id")
                .bind(List.of(own, shared)).to("ids").fetchAs(String.class).all()).containsExactly(shared);
        graphQl.documentName("family").variable("id", other).execute()
                .path("family.members[*].person.id").entityList(String.class).containsExactly(shared);
    }

    @Test
    void delete_is_refused_while_tent_sessions_exist_for_the_family() {
        var id = createFamily("Gezin In De Tent " + tag());
        tentSession(id, "2026-12-01", List.of());
        var before = graphSize();

        graphQl.documentName("deleteFamily").variable("id", id).execute()
                .path("deleteFamily.deletedId").valueIsNull()
                .path("deleteFamily.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteFamily.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("1 tent sessions"));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void delete_of_an_unknown_or_malformed_id_is_refused() {
        graphQl.documentName("deleteFamily").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteFamily.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("deleteFamily").variable("id", "gezin-1").execute()
                .path("deleteFamily.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"INVALID\"}]");
    }

    @Test
    void added_member_is_returned_with_its_family() {
        var id = createFamily("Gezin Lid " + tag());

        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", id, "givenName", " Sem ", "familyName", "Peters", "role", "OTHER",
                        "authority", true, "birthDate", "1950-02-01", "languages", List.of("nl", "li")))
                .execute()
                .path("addFamilyMember.userErrors").entityList(Object.class).hasSize(0)
                .path("addFamilyMember.member").matchesJson("""
                        {"person": {"givenName": "Sem", "familyName": "Peters", "birthDate": "1950-02-01", "languages": ["nl", "li"]},
                         "role": "OTHER", "authority": true}""")
                .path("addFamilyMember.family.members").entityList(Object.class).hasSize(1);
    }

    @Test
    void child_with_authority_future_birth_date_and_bad_language_are_refused() {
        var id = createFamily("Gezin Fout " + tag());
        var before = graphSize();

        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", id, "givenName", "Toekomst", "role", "CHILD", "authority", true,
                        "birthDate", TODAY.plusDays(1).toString(), "languages", List.of("nl", "NLD")))
                .execute()
                .path("addFamilyMember.member").valueIsNull()
                .path("addFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.authority", "code": "INVALID"},
                         {"field": "input.birthDate", "code": "INVALID", "message": "must not be in the future"},
                         {"field": "input.languages[1]", "code": "INVALID"}]""");
        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", id, "givenName", "Oeroud", "role", "OTHER",
                        "birthDate", TODAY.minusYears(121).toString()))
                .execute()
                .path("addFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.birthDate", "code": "INVALID", "message": "must not be more than 120 years ago"}]""");
        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", UUID.randomUUID().toString(), "givenName", " ", "role", "PARENT"))
                .execute()
                .path("addFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.givenName", "code": "INVALID"}, {"field": "input.familyId", "code": "NOT_FOUND"}]""");
        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", "gezin", "givenName", "Iemand", "role", "PARENT"))
                .execute()
                .path("addFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.familyId", "code": "INVALID", "message": "must be a UUID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void invalid_role_is_rejected_by_graphql() {
        var id = createFamily("Gezin Rol " + tag());
        var before = graphSize();

        graphQl.documentName("addFamilyMember")
                .variable("input", Map.of("familyId", id, "givenName", "Opa", "role", "GRANDPARENT"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void update_person_replaces_the_fields() {
        var id = createFamily("Gezin Update " + tag());
        var person = addMember(new HashMap<>(Map.of("familyId", id, "givenName", "Anna", "familyName", "Smeets",
                "role", "PARENT", "languages", List.of("nl"))));
        var birthDate = TODAY.minusYears(40);

        graphQl.documentName("updatePerson")
                .variable("input", Map.of("id", person, "givenName", "Anne", "birthDate", birthDate.toString()))
                .execute()
                .path("updatePerson.userErrors").entityList(Object.class).hasSize(0)
                .path("updatePerson.person").matchesJson("""
                        {"id": "%s", "givenName": "Anne", "familyName": null, "birthDate": "%s", "age": 40, "languages": []}"""
                        .formatted(person, birthDate));
    }

    @Test
    void update_of_an_unknown_person_or_with_bad_fields_is_refused() {
        var id = createFamily("Gezin Update Fout " + tag());
        var person = addMember(id, "Bas", "PARENT", true);
        var before = graphSize();

        graphQl.documentName("updatePerson")
                .variable("input", Map.of("id", UUID.randomUUID().toString(), "givenName", "Niemand"))
                .execute()
                .path("updatePerson.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("updatePerson")
                .variable("input", Map.of("id", person, "givenName", "", "familyName", "y".repeat(201),
                        "birthDate", TODAY.plusYears(1).toString()))
                .execute()
                .path("updatePerson.person").valueIsNull()
                .path("updatePerson.userErrors").matchesJson("""
                        [{"field": "input.familyName", "code": "INVALID"}, {"field": "input.givenName", "code": "INVALID"},
                         {"field": "input.birthDate", "code": "INVALID"}]""");
        graphQl.documentName("updatePerson")
                .variable("input", Map.of("id", "persoon", "givenName", "Bas"))
                .execute()
                .path("updatePerson.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"INVALID\"}]");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void removed_member_is_deleted_unless_they_belong_to_another_family() {
        var id = createFamily("Gezin Verhuizen " + tag());
        var other = createFamily("Gezin Opvang " + tag());
        var leaving = addMember(id, "Vertrekt", "CHILD", false);
        var shared = addMember(id, "Blijft", "PARENT", true);
        neo4j.query("MATCH (p:Person {id: $person}), (f:Family {id: $family}) CREATE (p)-[:MEMBER_OF {role: 'OTHER', authority: false}]->(f)")
                .bind(shared).to("person").bind(other).to("family").run();

        graphQl.documentName("removeFamilyMember").variable("familyId", id).variable("personId", leaving).execute()
                .path("removeFamilyMember.userErrors").entityList(Object.class).hasSize(0)
                .path("removeFamilyMember.family.members[*].person.id").entityList(String.class).containsExactly(shared);
        graphQl.documentName("removeFamilyMember").variable("familyId", id).variable("personId", shared).execute()
                .path("removeFamilyMember.family.members").entityList(Object.class).hasSize(0);

        assertThat(personCount(leaving)).isZero();
        assertThat(personCount(shared)).isEqualTo(1);
        graphQl.documentName("family").variable("id", other).execute()
                .path("family.members[*].person.id").entityList(String.class).containsExactly(shared);
    }

    @Test
    void member_a_help_question_is_about_cannot_be_removed() {
        var id = createFamily("Gezin Vraag " + tag());
        var child = addMember(id, "Jip", "CHILD", false);
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", id, "text", "Jip wil niet naar school.", "lifeDomains", List.of("SCHOOL"), "aboutPersonId", child))
                .execute()
                .path("createHelpQuestion.userErrors").entityList(Object.class).hasSize(0);
        var before = graphSize();

        graphQl.documentName("removeFamilyMember").variable("familyId", id).variable("personId", child).execute()
                .path("removeFamilyMember.family").valueIsNull()
                .path("removeFamilyMember.userErrors").matchesJson("""
                        [{"field": "input.personId", "code": "REFERENCED"}]""")
                .path("removeFamilyMember.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).startsWith("1 help questions of this family are about this person"));

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void a_members_role_and_authority_change_in_that_family_only() {
        var id = createFamily("Gezin Rol " + tag());
        var other = createFamily("Gezin Rol Ander " + tag());
        var person = addMember(id, "Ria", "OTHER", false);
        neo4j.query("MATCH (p:Person {id: $person}), (f:Family {id: $other}) CREATE (p)-[:MEMBER_OF {role: 'OTHER', authority: false}]->(f)")
                .bind(person).to("person").bind(other).to("other").run();

        graphQl.documentName("updateFamilyMember")
                .variable("input", Map.of("familyId", id, "personId", person, "role", "PARENT", "authority", true))
                .execute()
                .path("updateFamilyMember.userErrors").entityList(Object.class).hasSize(0)
                .path("updateFamilyMember.member").matchesJson("""
                        {"person": {"id": "%s", "givenName": "Ria"}, "role": "PARENT", "authority": true}""".formatted(person))
                .path("updateFamilyMember.family.id").entity(String.class).isEqualTo(id);
        assertThat(neo4j.query("MATCH (:Person {id: $person})-[m:MEMBER_OF]->(f:Family) RETURN f.id + ':' + m.role + ':' + m.authority")
                .bind(person).to("person").fetchAs(String.class).all())
                .containsExactlyInAnyOrder(id + ":PARENT:true", other + ":OTHER:false");
    }

    @Test
    void a_child_with_authority_a_stranger_and_an_unknown_family_are_refused_and_nothing_is_written() {
        var id = createFamily("Gezin Rol Fout " + tag());
        var child = addMember(id, "Jip", "CHILD", false);
        var stranger = addMember(createFamily("Gezin Rol Vreemd " + tag()), "Vreemde", "PARENT", false);
        var before = graphSize();

        graphQl.documentName("updateFamilyMember")
                .variable("input", Map.of("familyId", id, "personId", child, "role", "CHILD", "authority", true)).execute()
                .path("updateFamilyMember.member").valueIsNull()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.authority\", \"code\": \"INVALID\"}]");
        graphQl.documentName("updateFamilyMember")
                .variable("input", Map.of("familyId", id, "personId", stranger, "role", "OTHER", "authority", false)).execute()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("updateFamilyMember")
                .variable("input", Map.of("familyId", UUID.randomUUID().toString(), "personId", child, "role", "OTHER", "authority", false)).execute()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("updateFamilyMember")
                .variable("input", Map.of("familyId", id, "personId", "x", "role", "OTHER", "authority", false)).execute()
                .path("updateFamilyMember.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"INVALID\"}]");

        assertThat(graphSize()).isEqualTo(before);
        assertThat(neo4j.query("MATCH (:Person {id: $child})-[m:MEMBER_OF]->() RETURN m.role + ':' + m.authority")
                .bind(child).to("child").fetchAs(String.class).one()).contains("CHILD:false");
    }

    @Test
    void removing_someone_who_is_not_a_member_is_refused() {
        var id = createFamily("Gezin Vreemd " + tag());
        var stranger = addMember(createFamily("Gezin Ander " + tag()), "Vreemde", "PARENT", false);
        var before = graphSize();

        graphQl.documentName("removeFamilyMember").variable("familyId", id).variable("personId", stranger).execute()
                .path("removeFamilyMember.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("removeFamilyMember").variable("familyId", UUID.randomUUID().toString()).variable("personId", stranger).execute()
                .path("removeFamilyMember.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("removeFamilyMember").variable("familyId", id).variable("personId", "x").execute()
                .path("removeFamilyMember.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"INVALID\"}]");

        assertThat(graphSize()).isEqualTo(before);
    }

    private long personCount(String personId) {
        return neo4j.query("MATCH (p:Person {id: $id}) RETURN count(p)").bind(personId).to("id")
                .fetchAs(Long.class).one().orElseThrow();
    }
}
