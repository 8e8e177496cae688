package nl.netwerkkaart.tent;

import java.util.List;
import java.util.UUID;

import nl.netwerkkaart.family.FamilyTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TentSessionTest extends FamilyTestSupport {

    @Test
    void tent_session_is_read_with_family_director_questions_and_participants() {
        var family = createFamily("Gezin Tent " + tag(), area("Kern " + tag(), "KERN"), coach);
        var question = createQuestion(family, "Wij zoeken een steungezin.", List.of("SOCIAL_NETWORK", "PARENTING"));
        var id = tentSession(family, "2026-12-10", List.of(question));
        var zorg = professional("Anja Zorg " + tag(), false);
        var bos = professional("Bert Bos " + tag(), false);
        neo4j.query("""
                        MATCH (t:TentSession {id: $id}), (a:Professional {id: $a}), (b:Professional {id: $b})
                        SET t.status = 'HELD', t.agreements = 'Anja start met oudertraining.'
                        CREATE (a)-[:PARTICIPATES_IN {status: 'ATTENDED'}]->(t)
                        CREATE (b)-[:PARTICIPATES_IN {status: 'DECLINED'}]->(t)""")
                .bind(id).to("id").bind(zorg).to("a").bind(bos).to("b").run();

        graphQl.documentName("tentSession").variable("id", id).execute()
                .path("tentSession").matchesJson("""
                        {"id": "%s", "date": "2026-12-10", "status": "HELD", "location": "Huis van de Wijk",
                         "agreements": "Anja start met oudertraining.",
                         "family": {"id": "%s"},
                         "director": {"id": "%s", "email": "coach@voorbeeld.example.org", "phone": "077-0009999"},
                         "helpQuestions": [{"id": "%s", "text": "Wij zoeken een steungezin.", "lifeDomains": ["SOCIAL_NETWORK", "PARENTING"],
                                            "family": {"id": "%s"}}]}""".formatted(id, family, coach, question, family))
                .path("tentSession.participants[*].professionalId").entityList(String.class).containsExactly(zorg, bos)
                .path("tentSession.participants[*].status").entityList(String.class).containsExactly("ATTENDED", "DECLINED");
    }

    @Test
    void family_lists_its_tent_sessions_latest_first() {
        var family = createFamily("Gezin Twee Tenten " + tag());
        var first = tentSession(family, "2026-03-01", List.of());
        var second = tentSession(family, "2026-09-01", List.of());

        graphQl.documentName("family").variable("id", family).execute()
                .path("family.tentSessions[*].id").entityList(String.class).containsExactly(second, first)
                .path("family.tentSessions[0]").matchesJson("{\"date\": \"2026-09-01\", \"status\": \"PLANNED\"}");
    }

    @Test
    void unknown_session_is_not_found_and_malformed_id_is_refused() {
        assertNotFound(graphQl.documentName("tentSession").variable("id", UUID.randomUUID().toString()).execute(), "tentSession");
        graphQl.documentName("tentSession").variable("id", "tent-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).isEqualTo("id: must be a UUID");
                }));
    }
}
