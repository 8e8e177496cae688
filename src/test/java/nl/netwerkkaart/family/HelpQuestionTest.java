package nl.netwerkkaart.family;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HelpQuestionTest extends FamilyTestSupport {

    @Test
    void created_question_is_open_and_read_back_with_domains_person_and_family() {
        var family = createFamily("Gezin Hulpvraag " + tag());
        var child = addMember(family, "Fleur", "CHILD", false);

        var id = graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "  Fleur wordt gepest op school.  ", "urgency", "HIGH",
                        "lifeDomains", List.of("SAFETY", "SCHOOL", "MENTAL_HEALTH"), "aboutPersonId", child))
                .execute()
                .path("createHelpQuestion.userErrors").entityList(Object.class).hasSize(0)
                .path("createHelpQuestion.helpQuestion").matchesJson("""
                        {"text": "Fleur wordt gepest op school.", "urgency": "HIGH", "status": "OPEN", "closedAt": null,
                         "about": {"id": "%s"}, "family": {"id": "%s"}}""".formatted(child, family))
                .path("createHelpQuestion.helpQuestion.id").entity(String.class).get();

        graphQl.documentName("helpQuestion").variable("id", id).execute()
                .path("helpQuestion").matchesJson("""
                        {"id": "%s", "about": {"givenName": "Fleur"}, "family": {"id": "%s"}}""".formatted(id, family))
                .path("helpQuestion.lifeDomains").entityList(String.class).containsExactly("MENTAL_HEALTH", "SCHOOL", "SAFETY");
    }

    @Test
    void urgency_defaults_to_normal_and_family_lists_questions_newest_first() {
        var family = createFamily("Gezin Volgorde " + tag());
        var older = createQuestion(family, "Eerste vraag.", List.of("HOUSING"));
        var newer = createQuestion(family, "Tweede vraag.", List.of("FINANCES"));

        graphQl.documentName("helpQuestion").variable("id", older).execute()
                .path("helpQuestion").matchesJson("{\"urgency\": \"NORMAL\", \"about\": null}");
        graphQl.documentName("family").variable("id", family).execute()
                .path("family.helpQuestions[*].id").entityList(String.class).containsExactly(newer, older);
    }

    @Test
    void unknown_question_is_not_found_and_malformed_id_is_refused() {
        assertNotFound(graphQl.documentName("helpQuestion").variable("id", UUID.randomUUID().toString()).execute(), "helpQuestion");
        graphQl.documentName("helpQuestion").variable("id", "vraag-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).isEqualTo("id: must be a UUID");
                }));
    }

    @Test
    void blank_or_over_long_text_and_zero_or_six_life_domains_are_refused() {
        var family = createFamily("Gezin Lege Vraag " + tag());
        var before = graphSize();

        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", " ", "lifeDomains", List.of()))
                .execute()
                .path("createHelpQuestion.helpQuestion").valueIsNull()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.lifeDomains", "code": "INVALID"}, {"field": "input.text", "code": "INVALID"}]""");
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "x".repeat(2001),
                        "lifeDomains", List.of("FINANCES", "HOUSING", "SCHOOL", "SAFETY", "JUSTICE", "PARENTING")))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.lifeDomains", "code": "INVALID"}, {"field": "input.text", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void duplicate_life_domain_is_refused_naming_the_item() {
        var family = createFamily("Gezin Dubbel " + tag());
        var before = graphSize();

        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Geldzorgen.", "lifeDomains", List.of("FINANCES", "HOUSING", "FINANCES")))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.lifeDomains[2]", "code": "INVALID", "message": "is listed more than once"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void about_person_must_be_a_member_of_the_family() {
        var family = createFamily("Gezin Over " + tag());
        var outsider = addMember(createFamily("Gezin Buiten " + tag()), "Buurman", "PARENT", false);
        var before = graphSize();

        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Over wie?", "lifeDomains", List.of("SOCIAL_NETWORK"), "aboutPersonId", outsider))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.aboutPersonId", "code": "INVALID", "message": "must be a member of the family that raised the question"}]""");
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Over wie?", "lifeDomains", List.of("SOCIAL_NETWORK"),
                        "aboutPersonId", UUID.randomUUID().toString()))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.aboutPersonId", "code": "NOT_FOUND"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void unknown_or_malformed_family_is_refused() {
        var before = graphSize();

        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", UUID.randomUUID().toString(), "text", "Wie zijn wij?", "lifeDomains", List.of("HOUSING")))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", "gezin-7", "text", "Wie zijn wij?", "lifeDomains", List.of("HOUSING"),
                        "aboutPersonId", "persoon-7"))
                .execute()
                .path("createHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.aboutPersonId", "code": "INVALID"}, {"field": "input.familyId", "code": "INVALID"}]""");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void invalid_life_domain_or_urgency_is_rejected_by_graphql() {
        var family = createFamily("Gezin Enum " + tag());
        var before = graphSize();

        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Iets.", "lifeDomains", List.of("HAPPINESS")))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Iets.", "lifeDomains", List.of("FINANCES"), "urgency", "URGENT"))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void update_replaces_the_fields_and_closing_records_when() {
        var family = createFamily("Gezin Wijzig " + tag());
        var parent = addMember(family, "Ilse", "PARENT", true);
        var id = graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", "Oud.", "urgency", "CRISIS", "lifeDomains", List.of("HOUSING"), "aboutPersonId", parent))
                .execute().path("createHelpQuestion.helpQuestion.id").entity(String.class).get();

        var closed = graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", id, "text", "Nieuw.", "status", "CLOSED", "lifeDomains", List.of("PARENTING", "FINANCES")))
                .execute();
        closed.path("updateHelpQuestion.userErrors").entityList(Object.class).hasSize(0)
                .path("updateHelpQuestion.helpQuestion").matchesJson("""
                        {"id": "%s", "text": "Nieuw.", "urgency": "NORMAL", "status": "CLOSED", "about": null, "family": {"id": "%s"}}"""
                        .formatted(id, family))
                .path("updateHelpQuestion.helpQuestion.lifeDomains").entityList(String.class).containsExactly("FINANCES", "PARENTING")
                .path("updateHelpQuestion.helpQuestion.closedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank());
        var closedAt = closed.path("updateHelpQuestion.helpQuestion.closedAt").entity(String.class).get();

        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", id, "text", "Nog steeds dicht.", "status", "CLOSED", "lifeDomains", List.of("FINANCES")))
                .execute()
                .path("updateHelpQuestion.helpQuestion.closedAt").entity(String.class).isEqualTo(closedAt);
        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", id, "text", "Weer open.", "status", "IN_TENT", "lifeDomains", List.of("FINANCES"), "aboutPersonId", parent))
                .execute()
                .path("updateHelpQuestion.helpQuestion").matchesJson("""
                        {"status": "IN_TENT", "closedAt": null, "about": {"id": "%s"}}""".formatted(parent));
    }

    @Test
    void update_of_an_unknown_question_or_with_bad_fields_is_refused() {
        var family = createFamily("Gezin Wijzig Fout " + tag());
        var id = createQuestion(family, "Vraag.", List.of("HOUSING"));
        var outsider = addMember(createFamily("Gezin Elders " + tag()), "Elders", "PARENT", false);
        var before = graphSize();

        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", UUID.randomUUID().toString(), "text", "Vraag.", "status", "OPEN", "lifeDomains", List.of("HOUSING")))
                .execute()
                .path("updateHelpQuestion.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", id, "text", "", "status", "OPEN", "lifeDomains", List.of("HOUSING", "HOUSING"),
                        "aboutPersonId", outsider))
                .execute()
                .path("updateHelpQuestion.helpQuestion").valueIsNull()
                .path("updateHelpQuestion.userErrors").matchesJson("""
                        [{"field": "input.text", "code": "INVALID"}, {"field": "input.lifeDomains[1]", "code": "INVALID"},
                         {"field": "input.aboutPersonId", "code": "INVALID"}]""");
        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", id, "text", "Vraag.", "status", "DONE", "lifeDomains", List.of("HOUSING")))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void unreferenced_question_is_deleted() {
        var family = createFamily("Gezin Weg Vraag " + tag());
        var id = createQuestion(family, "Tijdelijk.", List.of("HOUSING"));

        graphQl.documentName("deleteHelpQuestion").variable("id", id).execute()
                .path("deleteHelpQuestion.deletedId").entity(String.class).isEqualTo(id);
        assertNotFound(graphQl.documentName("helpQuestion").variable("id", id).execute(), "helpQuestion");
        graphQl.documentName("family").variable("id", family).execute()
                .path("family.helpQuestions").entityList(Object.class).hasSize(0);
    }

    @Test
    void question_discussed_in_a_tent_session_cannot_be_deleted() {
        var family = createFamily("Gezin Besproken " + tag());
        var id = createQuestion(family, "Besproken vraag.", List.of("PARENTING"));
        tentSession(family, "2026-11-20", List.of(id));
        var before = graphSize();

        graphQl.documentName("deleteHelpQuestion").variable("id", id).execute()
                .path("deleteHelpQuestion.deletedId").valueIsNull()
                .path("deleteHelpQuestion.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED")
                .path("deleteHelpQuestion.userErrors[0].message").entity(String.class)
                .satisfies(message -> assertThat(message).contains("1 tent sessions"));
        graphQl.documentName("deleteHelpQuestion").variable("id", UUID.randomUUID().toString()).execute()
                .path("deleteHelpQuestion.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("deleteHelpQuestion").variable("id", "vraag").execute()
                .path("deleteHelpQuestion.userErrors").matchesJson("[{\"field\": \"input.id\", \"code\": \"INVALID\"}]");

        assertThat(graphSize()).isEqualTo(before);
    }
}
