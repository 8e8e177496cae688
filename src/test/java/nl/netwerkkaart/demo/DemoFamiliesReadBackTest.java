package nl.netwerkkaart.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo family reads back through every family query, as its own coach would open it: data that lacks an
 * optional value (an assessment without Krachtenwijzer shares, a person without a birth date, a question without an
 * analysis) must never break a read. Demo ids are name-based UUIDs (version 5).
 */
class DemoFamiliesReadBackTest extends GraphQlTestSupport {

    private record Query(String document, Map<String, Object> variables) {
    }

    @Test
    void every_demo_family_reads_back_through_every_family_query() throws Exception {
        var families = neo4j.query("""
                        MATCH (f:Family)-[:COACHED_BY]->(coach:Professional)
                        WHERE substring(f.id, 14, 1) = '5'
                        RETURN f.id AS familyId, coach.id AS coachId,
                               COLLECT { MATCH (f)-[:RAISED]->(h:HelpQuestion) RETURN h.id } AS questions,
                               COLLECT { MATCH (t:TentSession)-[:FOR_FAMILY]->(f) RETURN t.id } AS sessions,
                               COLLECT { MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(m:Match) RETURN m.id } AS matches,
                               COLLECT { MATCH (t:NetworkTie)-[:OF_FAMILY]->(f) RETURN t.id } AS ties
                        ORDER BY familyId""")
                .fetch().all();
        assertThat(families).hasSize(61);
        // two coaches at a time, each reading their own family, as the service is used: one request at a time left
        // one of the machine's two cores idle for most of this test
        var coaches = Executors.newFixedThreadPool(2);
        try {
            var readBacks = families.stream().map(family -> coaches.submit(() -> readBack(family))).toList();
            var failures = new ArrayList<String>();
            for (var readBack : readBacks) {
                failures.addAll(readBack.get(10, TimeUnit.MINUTES));
            }
            assertThat(failures).as("family queries that failed on demo data").isEmpty();
        }
        finally {
            coaches.shutdownNow();
        }
    }

    /** Every family query for this family, as its coach; what failed, each with its errors. */
    private List<String> readBack(Map<String, Object> family) {
        var failures = new ArrayList<String>();
        var coach = as(Role.COACH, (String) family.get("coachId"));
        for (var query : queries(family)) {
            var request = coach.documentName(query.document());
            query.variables().forEach(request::variable);
            var errors = new ArrayList<String>();
            request.execute().errors().satisfy(found -> found.forEach(error -> errors.add(error.getMessage())));
            if (!errors.isEmpty()) {
                failures.add(query.document() + " " + query.variables() + ": " + errors);
            }
        }
        return failures;
    }

    @SuppressWarnings("unchecked")
    private static List<Query> queries(Map<String, Object> family) {
        var familyId = family.get("familyId");
        var queries = new ArrayList<>(List.of(
                new Query("family", Map.of("id", familyId)),
                new Query("familyConsents", Map.of("id", familyId)),
                new Query("familyNetwork", Map.of("familyId", familyId)),
                new Query("networkSummary", Map.of("familyId", familyId)),
                new Query("networkChanges", Map.of("familyId", familyId, "from", LocalDate.now(Today.ZONE).minusYears(1).toString())),
                new Query("selfRelianceTrend", Map.of("familyId", familyId)),
                new Query("caseTimeline", Map.of("familyId", familyId)),
                new Query("minimalTeam", Map.of("familyId", familyId)),
                new Query("exportFamily", Map.of("id", familyId)),
                new Query("auditTrail", Map.of("familyId", familyId))));
        for (var question : (List<String>) family.get("questions")) {
            queries.add(new Query("helpQuestion", Map.of("id", question)));
            queries.add(new Query("supportOptions", Map.of("helpQuestionId", question)));
            queries.add(new Query("matchProfessionals", Map.of("helpQuestionId", question)));
            queries.add(new Query("networkSupportFor", Map.of("helpQuestionId", question)));
            queries.add(new Query("analysis", Map.of("helpQuestionId", question)));
            queries.add(new Query("suggestTentParticipants", Map.of("helpQuestionIds", List.of(question))));
        }
        ((List<String>) family.get("sessions")).forEach(id -> queries.add(new Query("tentSession", Map.of("id", id))));
        ((List<String>) family.get("matches")).forEach(id -> queries.add(new Query("match", Map.of("id", id))));
        ((List<String>) family.get("ties")).forEach(id -> queries.add(new Query("networkTieHistory", Map.of("tieId", id))));
        return queries;
    }
}
