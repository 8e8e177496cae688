package nl.netwerkkaart.network;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class AssessmentRepository {

    private final Neo4jClient neo4j;

    AssessmentRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Whether the person is a member of the family; empty when there is no such person. */
    Optional<Boolean> member(String familyId, String personId) {
        return neo4j.query("""
                        MATCH (p:Person {id: $personId})
                        RETURN EXISTS { (p)-[:MEMBER_OF]->(:Family {id: $familyId}) } AS member""")
                .bindAll(Map.of("familyId", familyId, "personId", personId))
                .fetchAs(Boolean.class).one();
    }

    /** How many of {@code codes} name an existing life domain. */
    long knownLifeDomains(Collection<String> codes) {
        return neo4j.query("MATCH (l:LifeDomain) WHERE l.code IN $codes RETURN count(l) AS known")
                .bind(codes).to("codes").fetchAs(Long.class).one().orElse(0L);
    }

    void create(String id, RecordAssessmentInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("familyId", input.familyId().toLowerCase());
        parameters.put("personId", input.personId() == null ? null : input.personId().toLowerCase());
        parameters.put("date", input.date());
        parameters.put("scores", input.scores().stream().map(s -> Map.<String, Object>of("lifeDomain", s.lifeDomain(),
                "score", s.score(), "ownStrength", s.ownStrength(), "network", s.network(), "professional", s.professional())).toList());
        neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (a:Assessment {id: $id, date: $date, createdAt: datetime(), updatedAt: datetime()})-[:OF_FAMILY]->(f)
                        WITH a
                        CALL (a) {
                          MATCH (p:Person {id: $personId})
                          CREATE (a)-[:OF_PERSON]->(p)
                        }
                        CALL (a) {
                          UNWIND $scores AS s
                          MATCH (l:LifeDomain {code: s.lifeDomain})
                          CREATE (a)-[:SCORED {score: s.score, ownStrength: s.ownStrength, network: s.network,
                                               professional: s.professional}]->(l)
                        }""")
                .bindAll(parameters).run();
    }

    /**
     * The family's assessments oldest first, with their scores in reference order: those of the member when
     * {@code personId} is given, else those of the family as a whole.
     */
    List<Assessment> assessments(String familyId, String personId, String assessmentId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("familyId", familyId);
        parameters.put("personId", personId);
        parameters.put("assessmentId", assessmentId);
        return neo4j.query("""
                        MATCH (a:Assessment)-[:OF_FAMILY]->(f:Family {id: $familyId})
                        WHERE ($assessmentId IS NULL OR a.id = $assessmentId)
                          AND ($assessmentId IS NOT NULL
                               OR ($personId IS NULL AND NOT EXISTS { (a)-[:OF_PERSON]->(:Person) })
                               OR EXISTS { (a)-[:OF_PERSON]->(:Person {id: $personId}) })
                        WITH f, a ORDER BY a.date, a.createdAt, a.id
                        RETURN a {.id, .date, .createdAt, familyId: f.id,
                                  personId: [(a)-[:OF_PERSON]->(p:Person) | p.id][0],
                                  scores: COLLECT { MATCH (a)-[s:SCORED]->(l:LifeDomain) WITH s, l ORDER BY l.sortOrder
                                                    RETURN s {.score, .ownStrength, .network, .professional, lifeDomain: l.code} }} AS a""")
                .bindAll(parameters)
                .fetch().all().stream().map(r -> Assessment.from(Row.of(r.get("a")))).toList();
    }

    /** The Dutch names of the life domains by code, in reference order. */
    Map<String, String> lifeDomainNames() {
        var names = new LinkedHashMap<String, String>();
        neo4j.query("MATCH (l:LifeDomain) RETURN l.code AS code, l.name AS name ORDER BY l.sortOrder")
                .fetch().all().forEach(r -> names.put((String) r.get("code"), (String) r.get("name")));
        return names;
    }
}
