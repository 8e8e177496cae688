package nl.netwerkkaart.family;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class HelpQuestionRepository {

    private final Neo4jClient neo4j;

    HelpQuestionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Whether a person exists and whether they are a member of the family. */
    record Membership(boolean personExists, boolean member) {
    }

    Optional<HelpQuestion> findById(String id) {
        return neo4j.query("""
                        MATCH (h:HelpQuestion {id: $id})
                        RETURN h {.*, familyId: [(f:Family)-[:RAISED]->(h) | f.id][0]} AS h""")
                .bind(id).to("id")
                .fetch().one().map(r -> HelpQuestion.from(Row.of(r.get("h"))));
    }

    /** The help questions each family with an id in {@code familyIds} RAISED, newest first. */
    Map<String, List<HelpQuestion>> raisedBy(Collection<String> familyIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Family {id: id})-[:RAISED]->(h:HelpQuestion)
                        WITH id, h ORDER BY h.createdAt DESC, h.id
                        RETURN id, collect(h {.*, familyId: id}) AS questions""")
                .bind(familyIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("questions").stream().map(HelpQuestion::from).toList()));
    }

    /** The codes of the life domains each question CONCERNS, in the domains' own order. */
    Map<String, List<String>> lifeDomains(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:HelpQuestion {id: id})-[:CONCERNS]->(l:LifeDomain)
                        WITH id, l ORDER BY l.sortOrder
                        RETURN id, collect(l.code) AS codes""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).strings("codes")));
    }

    /** The person each question is ABOUT, for the questions that name one. */
    Map<String, Person> about(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:HelpQuestion {id: id})-[:ABOUT]->(p:Person)
                        RETURN id, p {.*} AS p""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Person.from(Row.of(r.get("p"))),
                        (first, second) -> first));
    }

    /** How many of {@code codes} name an existing life domain. */
    long knownLifeDomains(Collection<String> codes) {
        return neo4j.query("MATCH (l:LifeDomain) WHERE l.code IN $codes RETURN count(l) AS known")
                .bind(codes).to("codes").fetchAs(Long.class).one().orElse(0L);
    }

    /** The id of the family that raised the question; empty when there is no such question. */
    Optional<String> familyOf(String id) {
        return neo4j.query("MATCH (f:Family)-[:RAISED]->(:HelpQuestion {id: $id}) RETURN f.id AS familyId")
                .bind(id).to("id").fetchAs(String.class).one();
    }

    Membership membership(String personId, String familyId) {
        return neo4j.query("""
                        RETURN EXISTS { MATCH (:Person {id: $personId}) } AS personExists,
                               EXISTS { MATCH (:Person {id: $personId})-[:MEMBER_OF]->(:Family {id: $familyId}) } AS member""")
                .bind(personId).to("personId")
                .bind(familyId).to("familyId")
                .fetch().one().map(r -> new Membership((Boolean) r.get("personExists"), (Boolean) r.get("member")))
                .orElseThrow();
    }

    HelpQuestion create(String id, CreateHelpQuestionInput input) {
        var parameters = parameters(id, input.text(), input.lifeDomains(), input.urgency(), input.aboutPersonId());
        parameters.put("familyId", input.familyId().toLowerCase());
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (f)-[:RAISED]->(h:HelpQuestion {id: $id, text: $text, urgency: $urgency, status: 'OPEN',
                                                               createdAt: datetime(), updatedAt: datetime()})
                        WITH f, h
                        CALL (h) {
                          UNWIND $lifeDomains AS code
                          MATCH (l:LifeDomain {code: code})
                          CREATE (h)-[:CONCERNS]->(l)
                        }
                        CALL (h) {
                          MATCH (p:Person {id: $aboutPersonId})
                          CREATE (h)-[:ABOUT]->(p)
                        }
                        CALL (h) {
                          UNWIND coalesce($needed, []) AS expertiseId
                          MATCH (e:Expertise {id: expertiseId})
                          CREATE (h)-[:NEEDS]->(e)
                        }
                        RETURN h {.*, familyId: f.id} AS h""")
                .bindAll(parameters)
                .bind(lower(input.neededExpertiseIds())).to("needed")
                .fetch().one().map(r -> HelpQuestion.from(Row.of(r.get("h")))).orElseThrow();
    }

    private static List<String> lower(List<String> ids) {
        return ids == null ? null : ids.stream().map(String::toLowerCase).distinct().toList();
    }

    /**
     * Write-locks the question's family and the question before an update's checks; returns the question's version,
     * empty when there is no such question.
     */
    Optional<Integer> lockedVersion(String id) {
        return neo4j.query("MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id}) " + Locks.lock("f", "h")
                        + " RETURN coalesce(h.version, 1)")
                .bind(id).to("id").fetchAs(Integer.class).one();
    }

    /** Replaces the question's fields; closing keeps the first closing time, any other status clears it. */
    HelpQuestion update(UpdateHelpQuestionInput input) {
        var parameters = parameters(input.id().toLowerCase(), input.text(), input.lifeDomains(), input.urgency(),
                input.aboutPersonId());
        parameters.put("status", input.status().name());
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id})
                        SET h.text = $text, h.urgency = $urgency,
                            h.closedAt = CASE WHEN $status = 'CLOSED' THEN coalesce(h.closedAt, datetime()) END,
                            h.status = $status, h.version = coalesce(h.version, 1) + 1, h.updatedAt = datetime()
                        WITH f, h
                        CALL (h) {
                          MATCH (h)-[old:CONCERNS|ABOUT]->()
                          DELETE old
                        }
                        CALL (h) {
                          UNWIND $lifeDomains AS code
                          MATCH (l:LifeDomain {code: code})
                          CREATE (h)-[:CONCERNS]->(l)
                        }
                        CALL (h) {
                          MATCH (p:Person {id: $aboutPersonId})
                          CREATE (h)-[:ABOUT]->(p)
                        }
                        CALL (h) {
                          WITH h WHERE $needed IS NOT NULL
                          OPTIONAL MATCH (h)-[old:NEEDS]->(:Expertise)
                          DELETE old
                        }
                        CALL (h) {
                          UNWIND coalesce($needed, []) AS expertiseId
                          MATCH (e:Expertise {id: expertiseId})
                          CREATE (h)-[:NEEDS]->(e)
                        }
                        RETURN h {.*, familyId: f.id} AS h""")
                .bindAll(parameters)
                .bind(lower(input.neededExpertiseIds())).to("needed")
                .fetch().one().map(r -> HelpQuestion.from(Row.of(r.get("h")))).orElseThrow();
    }

    /**
     * What keeps the question from being deleted, as counts per kind of reference; empty when there is no question.
     * The check of a deletion: it write-locks the family and then the question, as a proposal or a tent session
     * referring to the question does, so a reference cannot appear between this count and the deletion.
     */
    Map<String, Long> references(String id) {
        neo4j.query("MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id}) " + Locks.lock("f", "h")).bind(id).to("id").run();
        return neo4j.query("""
                        MATCH (h:HelpQuestion {id: $id})
                        RETURN COUNT { (:TentSession)-[:DISCUSSES]->(h) } AS tentSessions,
                               COUNT { (:Match)-[:FOR_QUESTION]->(h) } AS matches,
                               COUNT { (:Analysis)-[:EXPLAINS]->(h) } AS analyses""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("tent sessions", (Long) r.get("tentSessions"), "matches", (Long) r.get("matches"),
                        "analyses", (Long) r.get("analyses")))
                .orElse(Map.of());
    }

    void delete(String id) {
        neo4j.query("MATCH (h:HelpQuestion {id: $id}) DETACH DELETE h").bind(id).to("id").run();
    }

    private static Map<String, Object> parameters(String id, String text, List<String> lifeDomains, Urgency urgency,
                                                  String aboutPersonId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("text", text.strip());
        parameters.put("lifeDomains", lifeDomains);
        parameters.put("urgency", (urgency == null ? Urgency.NORMAL : urgency).name());
        parameters.put("aboutPersonId", aboutPersonId == null ? null : aboutPersonId.toLowerCase());
        return parameters;
    }
}
