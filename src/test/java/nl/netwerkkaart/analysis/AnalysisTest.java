package nl.netwerkkaart.analysis;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.tent.TentTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisTest extends TentTestSupport {

    private static Map<String, Object> analysisInput(String questionId) {
        return new HashMap<>(Map.of("helpQuestionId", questionId, "summary", "Geldstress lijkt de kern.",
                "hypotheses", List.of(Map.of("text", "Door het baanverlies zijn de vaste lasten te hoog.",
                        "lifeDomains", List.of("FINANCES", "WORK_AND_EDUCATION"),
                        "supportingEvidence", List.of(Map.of("text", "Aanmaningen sinds de ontslagdatum.", "lifeDomains", List.of("FINANCES"))),
                        "contradictingEvidence", List.of(Map.of("text", "De huur wordt wel op tijd betaald.", "lifeDomains", List.of("HOUSING"))))),
                "protectiveFactors", List.of(Map.of("text", "Opa helpt met de post.", "lifeDomains", List.of("SOCIAL_NETWORK")))));
    }

    @Test
    void coach_saves_and_replaces_an_analysis_that_tent_participants_read() {
        var family = createFamily("Gezin Analyse " + tag());
        consentToTent(family);
        var question = createQuestion(family, "Schulden lopen op.", List.of("FINANCES"));
        var id = graphQl.documentName("saveAnalysis").variable("input", analysisInput(question)).execute()
                .path("saveAnalysis.analysis").matchesJson("""
                        {"helpQuestionId": "%s", "summary": "Geldstress lijkt de kern.",
                         "hypotheses": [{"text": "Door het baanverlies zijn de vaste lasten te hoog.",
                                         "lifeDomains": ["FINANCES", "WORK_AND_EDUCATION"],
                                         "supportingEvidence": [{"text": "Aanmaningen sinds de ontslagdatum.", "lifeDomains": ["FINANCES"]}],
                                         "contradictingEvidence": [{"text": "De huur wordt wel op tijd betaald.", "lifeDomains": ["HOUSING"]}]}],
                         "protectiveFactors": [{"text": "Opa helpt met de post.", "lifeDomains": ["SOCIAL_NETWORK"]}]}""".formatted(question))
                .path("saveAnalysis.analysis.id").entity(String.class).get();

        var replaced = analysisInput(question);
        replaced.put("hypotheses", List.of(Map.of("text", "Schaamte houdt hulp vragen tegen.", "lifeDomains", List.of("MENTAL_HEALTH"))));
        replaced.remove("protectiveFactors");
        long factors = count("AnalysisFactor");
        graphQl.documentName("saveAnalysis").variable("input", replaced).execute()
                .path("saveAnalysis.analysis.id").entity(String.class).isEqualTo(id)
                .path("saveAnalysis.analysis.hypotheses[*].text").entityList(String.class).containsExactly("Schaamte houdt hulp vragen tegen.")
                .path("saveAnalysis.analysis.protectiveFactors").entityList(Object.class).hasSize(0);
        assertThat(count("AnalysisFactor")).isEqualTo(factors - 3);

        var participant = professional("Deelnemer " + tag(), false);
        var session = tentSession(family, LocalDate.now(ZoneId.of("Europe/Amsterdam")).plusDays(3).toString(), List.of(question));
        neo4j.query("MATCH (t:TentSession {id: $t}), (p:Professional {id: $p}) CREATE (p)-[:PARTICIPATES_IN {status: 'INVITED'}]->(t)")
                .bind(session).to("t").bind(participant).to("p").run();
        as(Role.PROFESSIONAL, participant).documentName("analysis").variable("helpQuestionId", question).execute()
                .path("analysis.id").entity(String.class).isEqualTo(id);
        // a participant only reads
        var save = as(Role.PROFESSIONAL, participant).documentName("saveAnalysis").variable("input", replaced).execute();
        save.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));

        assertThat(auditEvents(family, "CREATE", "Analysis", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "UPDATE", "Analysis", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "Analysis", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void analysis_is_hidden_from_others_and_deleted_by_the_coach() {
        var family = createFamily("Gezin Analyse Verborgen " + tag());
        var question = createQuestion(family, "Vraag.", List.of("PARENTING"));
        var id = graphQl.documentName("saveAnalysis").variable("input", analysisInput(question)).execute()
                .path("saveAnalysis.analysis.id").entity(String.class).get();
        var stranger = professional("Vreemde " + tag(), false);

        var response = as(Role.PROFESSIONAL, stranger).documentName("analysis").variable("helpQuestionId", question).execute();
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getMessage()).startsWith("helpQuestionId: ");
        }));
        for (var role : List.of(Role.MUNICIPALITY, Role.ADMIN)) {
            as(role, null).documentName("analysis").variable("helpQuestionId", question).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        }
        assertThat(auditEvents(family, "READ", "Analysis", "DENIED")).isEqualTo(1);

        // a question with an analysis is not deleted behind its back
        graphQl.documentName("deleteHelpQuestion").variable("id", question).execute()
                .path("deleteHelpQuestion.userErrors[0].code").entity(String.class).isEqualTo("REFERENCED");
        graphQl.documentName("deleteAnalysis").variable("input", Map.of("id", id)).execute()
                .path("deleteAnalysis.deletedId").entity(String.class).isEqualTo(id);
        graphQl.documentName("analysis").variable("helpQuestionId", question).execute()
                .path("analysis").valueIsNull();
    }

    @Test
    void saving_refuses_bad_input_and_writes_nothing() {
        var family = createFamily("Gezin Analysefout " + tag());
        var question = createQuestion(family, "Vraag.", List.of("FINANCES"));
        var otherCoach = as(Role.COACH, professional("Andere coach " + tag(), true));
        long size = graphSize();

        assertRefused(graphQl, Map.of("helpQuestionId", "vraag-1"), "input.helpQuestionId", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", UUID.randomUUID().toString()), "input.helpQuestionId", "NOT_FOUND");
        assertRefused(otherCoach, Map.of("helpQuestionId", question), "input.helpQuestionId", "NOT_FOUND");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "summary", "x".repeat(4001)), "input.summary", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "hypotheses", List.of(Map.of("text", " ", "lifeDomains", List.of("FINANCES")))),
                "input.hypotheses[0].text", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "hypotheses", List.of(Map.of("text", "x".repeat(2001), "lifeDomains", List.of("FINANCES")))),
                "input.hypotheses[0].text", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "hypotheses", List.of(Map.of("text", "Hypothese", "lifeDomains", List.of()))),
                "input.hypotheses[0].lifeDomains", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "hypotheses", List.of(Map.of("text", "Hypothese", "lifeDomains", List.of("FINANCES"),
                        "supportingEvidence", List.of(Map.of("text", "", "lifeDomains", List.of("FINANCES")))))),
                "input.hypotheses[0].supportingEvidence[0].text", "INVALID");
        assertRefused(graphQl, Map.of("helpQuestionId", question, "protectiveFactors", List.of(Map.of("text", "Opa", "lifeDomains", List.of()))),
                "input.protectiveFactors[0].lifeDomains", "INVALID");
        graphQl.documentName("deleteAnalysis").variable("input", Map.of("id", UUID.randomUUID().toString())).execute()
                .path("deleteAnalysis.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        graphQl.documentName("deleteAnalysis").variable("input", Map.of("id", "analyse-1")).execute()
                .path("deleteAnalysis.userErrors[0].code").entity(String.class).isEqualTo("INVALID");
        assertThat(graphSize()).isEqualTo(size);
    }

    private static void assertRefused(org.springframework.graphql.test.tester.GraphQlTester tester, Map<String, Object> input,
                                      String field, String code) {
        tester.documentName("saveAnalysis").variable("input", input).execute()
                .path("saveAnalysis.analysis").valueIsNull()
                .path("saveAnalysis.userErrors[?(@.field == '" + field + "')].code").entityList(String.class).contains(code);
    }
}
