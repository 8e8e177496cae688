package nl.netwerkkaart.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.community.Staleness;
import nl.netwerkkaart.community.CommunityResource;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class MatchRepository {

    /** The read model of a match: its own properties plus its question, family and helper ids. */
    private static final String MATCH_MAP = """
            m {.*, helpQuestionId: h.id, familyId: f.id, questionCreatedAt: h.createdAt,
               helperId: [(m)-[:WITH_HELPER]->(x) | x.id][0]}""";

    // The helper by id under each label it may have, so every lookup uses a label's id constraint.
    private static final String HELPER = """
            CALL () {
              MATCH (x:Professional {id: $helperId}) RETURN x
              UNION
              MATCH (x:CommunityResource {id: $helperId}) RETURN x
              UNION
              MATCH (x:Person {id: $helperId}) RETURN x
            }""";

    private final Neo4jClient neo4j;
    private final Staleness community;

    MatchRepository(Neo4jClient neo4j, Staleness community) {
        this.neo4j = neo4j;
        this.community = community;
    }

    /** A help question's family and status. */
    record QuestionState(String familyId, String status) {
    }

    /**
     * What a helper id refers to.
     *
     * @param ladderStep     the step a match with this helper is on; null when the id refers to no helper
     * @param resourceStatus the community resource's status, else null
     * @param inNetwork      for a person: whether they are a member of the family or IN_NETWORK_OF it (current tie)
     */
    record HelperState(LadderStep ladderStep, String resourceStatus, boolean inNetwork) {
    }

    /** How a guarded transition went: whether the match was still in the state it needs, and whether a place was free. */
    record Transition(boolean inState, boolean placeFree) {
    }

    /**
     * Write-locks the help question and its family before a proposal's checks, so of two concurrent proposals of one
     * helper the second waits and then sees the first's open match. The family comes first, as in every lock order.
     */
    void lockQuestion(String questionId) {
        neo4j.query("MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id}) " + Locks.lock("f", "h"))
                .bind(questionId).to("id").run();
    }

    Optional<QuestionState> question(String questionId) {
        return neo4j.query("MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id}) RETURN f.id AS familyId, h.status AS status")
                .bind(questionId).to("id")
                .fetch().one().map(r -> new QuestionState((String) r.get("familyId"), (String) r.get("status")));
    }

    HelperState helper(String helperId, String familyId) {
        return neo4j.query(HELPER + """
                        RETURN CASE WHEN x:Professional THEN coalesce(x.tier, 'FIRST_LINE')
                                    WHEN x:CommunityResource THEN 'COMMUNITY' ELSE 'NETWORK' END AS ladderStep,
                               CASE WHEN x:CommunityResource THEN x.status END AS resourceStatus,
                               x:Person AND (EXISTS { (x)-[:MEMBER_OF]->(:Family {id: $familyId}) }
                                 OR EXISTS { MATCH (x)-[n:IN_NETWORK_OF]->(:Family {id: $familyId}) WHERE n.validTo IS NULL }) AS inNetwork
                        LIMIT 1""")
                .bind(helperId).to("helperId").bind(familyId).to("familyId")
                .fetch().one().map(Row::new)
                .map(r -> new HelperState(LadderStep.valueOf(r.string("ladderStep")), r.string("resourceStatus"), r.bool("inNetwork")))
                .orElse(new HelperState(null, null, false));
    }

    /** Whether the helper already has a match for the question that is not closed. */
    boolean openMatchExists(String questionId, String helperId) {
        return neo4j.query("""
                        RETURN EXISTS {
                          MATCH (:HelpQuestion {id: $questionId})<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x)
                          WHERE m.status <> 'CLOSED' AND x.id = $helperId } AS open""")
                .bind(questionId).to("questionId").bind(helperId).to("helperId")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    Optional<Match> findById(String id) {
        return neo4j.query("""
                        MATCH (m:Match {id: $id})-[:FOR_QUESTION]->(h:HelpQuestion)<-[:RAISED]-(f:Family)
                        RETURN %s AS m""".formatted(MATCH_MAP))
                .bind(id).to("id")
                .fetch().one().map(r -> Match.from(Row.of(r.get("m"))));
    }

    Match propose(String id, String questionId, String helperId, LadderStep ladderStep, String note) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("questionId", questionId);
        parameters.put("helperId", helperId);
        parameters.put("ladderStep", ladderStep.name());
        parameters.put("note", note);
        neo4j.query("""
                        MATCH (h:HelpQuestion {id: $questionId})
                        %s
                        CREATE (m:Match {id: $id, status: 'PROPOSED', ladderStep: $ladderStep, note: $note,
                                         openKey: h.id + ':' + x.id,
                                         proposedAt: datetime(), createdAt: datetime(), updatedAt: datetime()})
                        CREATE (m)-[:FOR_QUESTION]->(h)
                        CREATE (m)-[:WITH_HELPER]->(x)""".formatted(HELPER))
                .bindAll(parameters).run();
        return findById(id).orElseThrow();
    }

    /**
     * PROPOSED to CONFIRMED, taking one of a professional's places and marking an open question MATCHED. The family,
     * the match, its helper and its question are write-locked before anything is read (the family first, as a
     * proposal does, so the two cannot wait on each other), so of two concurrent confirmations for the last place the
     * second waits, then reads the capacity the first left and is refused.
     */
    Transition confirm(String id) {
        return transition("""
                MATCH (m:Match {id: $id})-[:WITH_HELPER]->(x), (m)-[:FOR_QUESTION]->(h:HelpQuestion)<-[:RAISED]-(f:Family)
                %s
                WITH m, x, h, m.status = 'PROPOSED' AS inState, NOT x:Professional OR coalesce(x.capacity, 0) > 0 AS placeFree
                CALL (m, x, h, inState, placeFree) {
                  WITH * WHERE inState AND placeFree
                  SET m.status = 'CONFIRMED', m.confirmedAt = datetime(), m.updatedAt = datetime()
                  FOREACH (_ IN CASE WHEN x:Professional THEN [1] ELSE [] END |
                    SET x.capacity = x.capacity - 1, x.updatedAt = datetime())
                  FOREACH (_ IN CASE WHEN h.status IN ['OPEN', 'IN_TENT'] THEN [1] ELSE [] END |
                    SET h.status = 'MATCHED', h.version = coalesce(h.version, 1) + 1, h.updatedAt = datetime())
                }
                RETURN inState, placeFree""".formatted(Locks.lock("f", "m", "x", "h")), Map.of("id", id));
    }

    /** CONFIRMED to STARTED; the match is locked first so the state it is checked in is the one it changes. */
    Transition start(String id) {
        return transition("""
                MATCH (m:Match {id: $id})
                SET m._lock = true
                REMOVE m._lock
                WITH m, m.status = 'CONFIRMED' AS inState
                CALL (m, inState) {
                  WITH * WHERE inState
                  SET m.status = 'STARTED', m.startedAt = datetime(), m.updatedAt = datetime()
                }
                RETURN inState, true AS placeFree""", Map.of("id", id));
    }

    /**
     * Closes a match that is not closed. An active match gives its professional's place back; when it was the
     * question's last active match, a MATCHED question closes (outcome HELPED or NO_LONGER_NEEDED) or opens again.
     */
    Transition close(String id, MatchOutcome outcome, String note) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("outcome", outcome.name());
        parameters.put("answered", outcome.answersQuestion());
        parameters.put("note", note);
        return transition("""
                MATCH (m:Match {id: $id})-[:WITH_HELPER]->(x), (m)-[:FOR_QUESTION]->(h:HelpQuestion)<-[:RAISED]-(f:Family)
                %s
                WITH m, x, h, m.status AS was
                CALL (m, x, h, was) {
                  WITH * WHERE was <> 'CLOSED'
                  SET m.status = 'CLOSED', m.outcome = $outcome, m.closedAt = datetime(), m.updatedAt = datetime(),
                      m.note = coalesce($note, m.note)
                  REMOVE m.openKey
                  FOREACH (_ IN CASE WHEN was IN ['CONFIRMED', 'STARTED'] AND x:Professional THEN [1] ELSE [] END |
                    SET x.capacity = coalesce(x.capacity, 0) + 1, x.updatedAt = datetime())
                  WITH h, was
                  WHERE was IN ['CONFIRMED', 'STARTED'] AND h.status = 'MATCHED'
                    AND NOT EXISTS { MATCH (h)<-[:FOR_QUESTION]-(o:Match) WHERE o.status IN ['CONFIRMED', 'STARTED'] }
                  SET h.status = CASE WHEN $answered THEN 'CLOSED' ELSE 'OPEN' END,
                      h.closedAt = CASE WHEN $answered THEN datetime() END, h.version = coalesce(h.version, 1) + 1,
                      h.updatedAt = datetime()
                }
                RETURN was <> 'CLOSED' AS inState, true AS placeFree""".formatted(Locks.lock("f", "m", "x", "h")), parameters);
    }

    private Transition transition(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher).bindAll(parameters).fetch().one().map(Row::new)
                .map(r -> new Transition(r.bool("inState"), r.bool("placeFree")))
                .orElse(new Transition(false, false));
    }

    /** The matches of each help question, oldest proposal first. */
    Map<String, List<Match>> forQuestions(Collection<String> questionIds) {
        return grouped("""
                UNWIND $ids AS id
                MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: id})<-[:FOR_QUESTION]-(m:Match)
                WITH id, f, h, m ORDER BY m.proposedAt, m.id
                RETURN id, collect(%s) AS matches""".formatted(MATCH_MAP), questionIds);
    }

    /** The matches each professional is the helper of, newest proposal first. */
    Map<String, List<Match>> forProfessionals(Collection<String> professionalIds) {
        return grouped("""
                UNWIND $ids AS id
                MATCH (:Professional {id: id})<-[:WITH_HELPER]-(m:Match)-[:FOR_QUESTION]->(h:HelpQuestion)<-[:RAISED]-(f:Family)
                WITH id, f, h, m ORDER BY m.proposedAt DESC, m.id
                RETURN id, collect(%s) AS matches""".formatted(MATCH_MAP), professionalIds);
    }

    private Map<String, List<Match>> grouped(String cypher, Collection<String> ids) {
        return neo4j.query(cypher).bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("matches").stream().map(Match::from).toList()));
    }

    /** The help questions with these ids, keyed by id. */
    Map<String, HelpQuestion> questions(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: id})
                        RETURN id, h {.*, familyId: f.id} AS h""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> HelpQuestion.from(Row.of(r.get("h")))));
    }

    /** The helper of each match: a {@link Professional}, {@link CommunityResource} or {@link Person}, keyed by match id. */
    Map<String, Object> helpers(Collection<String> matchIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Match {id: id})-[:WITH_HELPER]->(x)
                        RETURN id, x:Professional AS professional, x:CommunityResource AS resource, x {.*} AS helper""")
                .bind(matchIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> {
                    var row = new Row(r);
                    var helper = row.row("helper");
                    return row.bool("professional") ? Professional.from(helper)
                            : row.bool("resource") ? CommunityResource.from(helper, community.staleBefore()) : Person.from(helper);
                }, (first, second) -> first));
    }
}
