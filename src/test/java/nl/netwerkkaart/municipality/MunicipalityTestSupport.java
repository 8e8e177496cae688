package nl.netwerkkaart.municipality;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Fixtures for the municipality's aggregates: each test builds a fresh fictional municipality with Cypher (areas,
 * directory, families, help questions, matches and assessments belong to other features), so nothing else in the
 * shared database is counted.
 */
abstract class MunicipalityTestSupport extends GraphQlTestSupport {

    @LocalServerPort
    private int port;

    protected static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A GraphQL client signed in as a municipality user of {@code municipalityId}. */
    protected HttpGraphQlTester municipalityUser(String municipalityId) {
        return HttpGraphQlTester.builder(http().mutate()
                        .defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipalityId, null)))
                .url("http://localhost:" + port + "/graphql")
                .build();
    }

    protected String municipality(String name) {
        return create("""
                CREATE (a:Area {id: randomUUID(), name: $name, kind: 'MUNICIPALITY', latitude: 51.5, longitude: 5.5,
                                createdAt: datetime(), updatedAt: datetime()})
                RETURN a.id""", Map.of("name", name + " " + tag()));
    }

    protected String kern(String municipalityId, String name, double latitude, double longitude) {
        return create("""
                MATCH (m:Area {id: $parent})
                CREATE (a:Area {id: randomUUID(), name: $name, kind: 'KERN', latitude: $latitude, longitude: $longitude,
                                createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(m)
                RETURN a.id""", Map.of("parent", municipalityId, "name", name, "latitude", latitude, "longitude", longitude));
    }

    protected String wijk(String kernId, String name) {
        return create("""
                MATCH (k:Area {id: $parent})
                CREATE (a:Area {id: randomUUID(), name: $name, kind: 'WIJK', createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(k)
                RETURN a.id""", Map.of("parent", kernId, "name", name));
    }

    protected String coach() {
        return create("""
                CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Gezinscoach', tier: 'FIRST_LINE', coach: true,
                                        capacity: 0, acceptingClients: false, createdAt: datetime(), updatedAt: datetime()})
                RETURN p.id""", Map.of("name", "Coach Statistiek " + tag()));
    }

    /**
     * A family living in {@code areaId} with one consent of {@code scopes}; {@code consent} says whether it is
     * current, revoked or expired; a null {@code scopes} gives the family no consent at all.
     */
    protected String family(String areaId, String coachId, List<String> scopes, String consent) {
        var parameters = new HashMap<String, Object>(Map.of("area", areaId, "coach", coachId, "name", "Gezin Statistiek " + tag(),
                "consent", consent == null ? "NONE" : consent));
        parameters.put("scopes", scopes);
        return create("""
                MATCH (a:Area {id: $area}), (c:Professional {id: $coach})
                CREATE (f:Family {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                CREATE (f)-[:LIVES_IN]->(a), (f)-[:COACHED_BY]->(c)
                FOREACH (_ IN CASE WHEN $scopes IS NULL THEN [] ELSE [1] END |
                  CREATE (f)-[:HAS_CONSENT]->(:Consent {id: randomUUID(), scopes: $scopes, givenAt: datetime('2024-12-01T10:00:00+01:00'),
                          revokedAt: CASE WHEN $consent = 'REVOKED' THEN datetime('2025-01-01T10:00:00+01:00') END,
                          revocationReason: CASE WHEN $consent = 'REVOKED' THEN 'Ingetrokken' END,
                          validUntil: CASE WHEN $consent = 'EXPIRED' THEN date() - duration('P1D') END,
                          createdAt: datetime(), updatedAt: datetime()}))
                RETURN f.id""", parameters);
    }

    /** A current consent covering anonymous statistics. */
    protected String consentingFamily(String areaId, String coachId) {
        return family(areaId, coachId, List.of("ANONYMOUS_STATISTICS"), "CURRENT");
    }

    /** {@code count} help questions raised at {@code createdAt} (ISO with offset), closed at {@code closedAt} when given. */
    protected List<String> questions(String familyId, int count, List<String> domains, String createdAt, String closedAt) {
        var parameters = new HashMap<String, Object>(Map.of("family", familyId, "count", count, "domains", domains, "createdAt", createdAt));
        parameters.put("closedAt", closedAt);
        return neo4j.query("""
                        MATCH (f:Family {id: $family})
                        UNWIND range(1, $count) AS i
                        CREATE (h:HelpQuestion {id: randomUUID(), text: 'Vraag ' + i, urgency: 'NORMAL',
                                                status: CASE WHEN $closedAt IS NULL THEN 'OPEN' ELSE 'CLOSED' END,
                                                createdAt: datetime($createdAt), closedAt: datetime($closedAt), updatedAt: datetime()})
                        CREATE (f)-[:RAISED]->(h)
                        WITH h
                        CALL (h) {
                          UNWIND $domains AS code
                          MATCH (d:LifeDomain {code: code})
                          CREATE (h)-[:CONCERNS]->(d)
                        }
                        RETURN collect(h.id) AS ids""")
                .bindAll(parameters).fetch().one().map(Row::new).map(row -> row.strings("ids")).orElseThrow();
    }

    /**
     * A match per the contract: proposed a day before it was confirmed, at {@code step} with a fitting helper.
     * Timestamps are ISO with offset or null; the status follows the latest one set.
     */
    protected void match(String questionId, String step, String confirmedAt, String startedAt, String closedAt, String outcome) {
        var parameters = new HashMap<String, Object>(Map.of("question", questionId, "step", step, "confirmedAt", confirmedAt));
        parameters.put("startedAt", startedAt);
        parameters.put("closedAt", closedAt);
        parameters.put("outcome", outcome);
        neo4j.query("""
                        MATCH (h:HelpQuestion {id: $question})
                        CREATE (x:Match {id: randomUUID(), ladderStep: $step,
                                         status: CASE WHEN $closedAt IS NOT NULL THEN 'CLOSED' WHEN $startedAt IS NOT NULL THEN 'STARTED' ELSE 'CONFIRMED' END,
                                         proposedAt: datetime($confirmedAt) - duration('P1D'), confirmedAt: datetime($confirmedAt),
                                         startedAt: datetime($startedAt), closedAt: datetime($closedAt), outcome: $outcome,
                                         createdAt: datetime(), updatedAt: datetime()})-[:FOR_QUESTION]->(h)
                        WITH x
                        CALL (x) {
                          WITH x WHERE $step IN ['FIRST_LINE', 'SPECIALIST']
                          CREATE (x)-[:WITH_HELPER]->(:Professional {id: randomUUID(), name: 'Hulpverlener Statistiek', tier: $step,
                                                                    capacity: 0, acceptingClients: false, coach: false,
                                                                    createdAt: datetime(), updatedAt: datetime()})
                        }
                        CALL (x) {
                          WITH x WHERE $step = 'COMMUNITY'
                          CREATE (x)-[:WITH_HELPER]->(:CommunityResource {id: randomUUID(), name: 'Initiatief Statistiek', kind: 'GROUP',
                                                                         status: 'INACTIVE', createdAt: datetime(), updatedAt: datetime()})
                        }
                        CALL (x) {
                          WITH x WHERE $step = 'NETWORK'
                          CREATE (x)-[:WITH_HELPER]->(:Person {id: randomUUID(), givenName: 'Buurvrouw', createdAt: datetime(), updatedAt: datetime()})
                        }""")
                .bindAll(parameters).run();
    }

    /** A member of the family, to assess on their own. */
    protected String member(String familyId) {
        return create("""
                MATCH (f:Family {id: $family})
                CREATE (p:Person {id: randomUUID(), givenName: 'Lid', familyName: 'Statistiek', createdAt: datetime(), updatedAt: datetime()})
                       -[:MEMBER_OF {role: 'CHILD', authority: false}]->(f)
                RETURN p.id""", Map.of("family", familyId));
    }

    /** An assessment of the family (or of {@code personId}, when given) on {@code date} with a ZRM score per domain. */
    protected void assessment(String familyId, String personId, String date, Map<String, Integer> scores) {
        var parameters = new HashMap<String, Object>(Map.of("family", familyId, "date", date,
                "scores", scores.entrySet().stream().map(e -> Map.of("code", e.getKey(), "score", e.getValue())).toList()));
        parameters.put("person", personId);
        neo4j.query("""
                        MATCH (f:Family {id: $family})
                        CREATE (a:Assessment {id: randomUUID(), date: date($date), createdAt: datetime(), updatedAt: datetime()})-[:OF_FAMILY]->(f)
                        WITH a
                        CALL (a) {
                          MATCH (p:Person {id: $person})
                          CREATE (a)-[:OF_PERSON]->(p)
                        }
                        CALL (a) {
                          UNWIND $scores AS s
                          MATCH (d:LifeDomain {code: s.code})
                          CREATE (a)-[:SCORED {score: s.score}]->(d)
                        }""")
                .bindAll(parameters).run();
    }

    protected String create(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetchAs(String.class).one().orElseThrow();
    }

    protected static void assertError(GraphQlTester.Response response, String type, String field) {
        response.errors()
                .expect(error -> type.equals(error.getErrorType().toString()) && error.getMessage().startsWith(field + ": "))
                .verify();
    }
}
