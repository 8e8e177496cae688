package nl.netwerkkaart.network;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statements one read of a family's network sends to the database: the read carries its access check, so a map
 * is one statement plus its audit event (committed by group commit), whether the read is allowed or refused. And the
 * statements of the commonest changes: each writes its audit event in its own statement.
 */
class NetworkStatementsTest extends NetworkTestSupport {

    @Test
    void a_family_network_read_is_one_statement_and_its_audit_event() {
        var family = createFamily("Gezin Telling " + tag());
        var mother = addMember(family, "Moeder", "PARENT", true);
        tie(family, mother, person(family, "Buurvrouw"), "NEIGHBOUR", 2);
        tie(family, mother, person(family, "Oma"), "FAMILY", 1);
        var eventsBefore = auditEvents(family, "READ", "FamilyNetwork", "SUCCESS");

        statements.reset();
        graphQl.documentName("familyNetwork").variable("familyId", family).execute()
                .path("familyNetwork.nodes").entityList(Object.class).hasSize(3);
        // the map with its access check, then the event; nothing else (no viewer lookup, no consent lookup)
        assertThat(statements.count()).isEqualTo(2);
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "SUCCESS")).isEqualTo(eventsBefore + 1);

        statements.reset();
        graphQl.documentName("networkSummary").variable("familyId", family).execute()
                .path("networkSummary.personCount").entity(Integer.class).isEqualTo(3);
        assertThat(statements.count()).isEqualTo(2);
    }

    @Test
    void a_refused_read_is_the_same_one_statement_and_a_denied_event() {
        var family = createFamily("Gezin Geweigerd " + tag());
        addMember(family, "Vader", "PARENT", true);
        var otherCoach = as(Role.COACH, professional("Andere coach " + tag(), true));

        statements.reset();
        otherCoach.documentName("familyNetwork").variable("familyId", family).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())).verify();
        assertThat(statements.count()).isEqualTo(2);
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "DENIED")).isEqualTo(1);
    }

    @Test
    void network_support_finds_the_question_checks_and_reads_the_map_in_one_statement() {
        var family = createFamily("Gezin Steun " + tag());
        var father = addMember(family, "Vader", "PARENT", true);
        tie(family, father, person(family, "Buurman"), "NEIGHBOUR", 3);
        var question = createQuestion(family, "Hulp bij boodschappen.", List.of("INSTRUMENTAL_ADL"));
        graphQl.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor").entityList(Object.class).hasSize(1);

        statements.reset();
        graphQl.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor[*].person.givenName").entityList(String.class).containsExactly("Buurman");
        // the question with the check and the map in one, the needs analysis's reads of the question (three
        // statements of the matching feature), the event: seven before the check was folded into the read
        assertThat(statements.count()).isLessThanOrEqualTo(5);
        assertThat(auditEvents(family, "READ", "NetworkSupport", "SUCCESS")).isEqualTo(2);

        var stranger = as(Role.COACH, professional("Vreemde coach " + tag(), true));
        stranger.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())).verify();
        assertThat(auditEvents(family, "READ", "NetworkSupport", "DENIED")).isEqualTo(1);
    }

    @Test
    void adding_a_person_is_the_check_and_one_statement_with_its_event() {
        var family = createFamily("Gezin Schrijven " + tag());
        var mother = addMember(family, "Moeder", "PARENT", true);

        statements.reset();
        var neighbour = person(family, "Buurvrouw");
        // the access check, then the person with their event, read back in the same statement
        assertThat(statements.count()).isEqualTo(2);
        assertThat(auditEvents(family, "CREATE", "NetworkPerson", "SUCCESS")).isEqualTo(1);

        statements.reset();
        tie(family, mother, neighbour, "NEIGHBOUR", 2);
        // the access check; the family's lock with both persons' standing and any open tie between them; the tie
        // with its event, read back (seven statements before)
        assertThat(statements.count()).isEqualTo(3);
        assertThat(auditEvents(family, "CREATE", "NetworkTie", "SUCCESS")).isEqualTo(1);

        // a second tie between the same two is refused as before, and writes nothing
        graphQl.documentName("addNetworkTie").variable("input", Map.of("familyId", family,
                        "fromPersonId", neighbour, "toPersonId", mother, "kind", "NEIGHBOUR", "ring", 2, "support", List.of()))
                .execute().path("addNetworkTie.userErrors[0].code").entity(String.class).isEqualTo("CONFLICT");
        assertThat(auditEvents(family, "CREATE", "NetworkTie", "SUCCESS")).isEqualTo(1);
    }
}
