package nl.netwerkkaart.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.NetwerkkaartUser;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.security.ServiceViewer;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.graphql.support.ResourceDocumentSource;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every demo family reads back through every family query, as its own coach would open it: data that lacks an
 * optional value (an assessment without Krachtenwijzer shares, a person without a birth date, a question without an
 * analysis) must never break a read. Demo ids are name-based UUIDs (version 5).
 * <p>
 * The queries (the test's documents in {@code graphql-test/}) go through the service's GraphQL execution in-process
 * (the same schema, data fetchers, access checks and audit as over HTTP), as in {@code MatchingEvaluationTest}: over
 * HTTP, some 2000 requests each paid a round trip, a token check and the JSON both ways, nearly half of this test's
 * time (measured side by side on a dozen families). The HTTP path of these documents is the other tests' subject.
 */
class DemoFamiliesReadBackTest extends GraphQlTestSupport {

    /** The documents of {@code graphql-test/}, as the tests' GraphQL clients read them by name. */
    private static final ResourceDocumentSource DOCUMENTS = new ResourceDocumentSource(
            List.of(new ClassPathResource("graphql-test/")), ResourceDocumentSource.FILE_EXTENSIONS);

    @Autowired
    private ExecutionGraphQlService graphQlService;

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
        var coach = ServiceViewer.as(new NetwerkkaartUser("coach-" + family.get("coachId"), Role.COACH, DEMO_MUNICIPALITY,
                (String) family.get("coachId")));
        for (var query : queries(family)) {
            var document = DOCUMENTS.getDocument(query.document()).block(Duration.ofSeconds(10));
            SecurityContextHolder.getContext().setAuthentication(coach);
            try {
                var request = new DefaultExecutionGraphQlRequest(document, null, new HashMap<>(query.variables()), Map.of(),
                        UUID.randomUUID().toString(), Locale.forLanguageTag("nl-NL"));
                var response = graphQlService.execute(request).block(Duration.ofSeconds(60));
                if (response == null) {
                    failures.add(query.document() + " " + query.variables() + ": no response");
                }
                else if (!response.getErrors().isEmpty()) {
                    failures.add(query.document() + " " + query.variables() + ": "
                            + response.getErrors().stream().map(error -> error.getMessage()).toList());
                }
            }
            finally {
                SecurityContextHolder.clearContext();
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
