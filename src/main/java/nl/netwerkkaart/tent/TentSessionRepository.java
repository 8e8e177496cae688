package nl.netwerkkaart.tent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class TentSessionRepository {

    private final Neo4jClient neo4j;

    TentSessionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<TentSession> findById(String id) {
        return neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        RETURN t {.*, familyId: [(t)-[:FOR_FAMILY]->(f:Family) | f.id][0]} AS t""")
                .bind(id).to("id")
                .fetch().one().map(r -> TentSession.from(Row.of(r.get("t"))));
    }

    /** The sessions held for each family with an id in {@code familyIds}, latest date first. */
    Map<String, List<TentSession>> forFamilies(Collection<String> familyIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (t:TentSession)-[:FOR_FAMILY]->(:Family {id: id})
                        WITH id, t ORDER BY t.date DESC, t.id
                        RETURN id, collect(t {.*, familyId: id}) AS sessions""")
                .bind(familyIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("sessions").stream().map(TentSession::from).toList()));
    }

    /** The coach directing each session. */
    Map<String, FamilyCoach> directors(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:TentSession {id: id})-[:DIRECTED_BY]->(p:Professional)
                        RETURN id, p {.id, .name, .email, .phone} AS director""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> FamilyCoach.from(Row.of(r.get("director"))),
                        (first, second) -> first));
    }

    /** The help questions each session DISCUSSES, newest first. */
    Map<String, List<HelpQuestion>> discussed(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:TentSession {id: id})-[:DISCUSSES]->(h:HelpQuestion)
                        WITH id, h ORDER BY h.createdAt DESC, h.id
                        RETURN id, collect(h {.*, familyId: [(f:Family)-[:RAISED]->(h) | f.id][0]}) AS questions""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("questions").stream().map(HelpQuestion::from).toList()));
    }

    /** The professionals who PARTICIPATE_IN each session, by name. */
    Map<String, List<TentParticipant>> participants(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Professional)-[r:PARTICIPATES_IN]->(:TentSession {id: id})
                        WITH id, p, r ORDER BY p.name, p.id
                        RETURN id, collect({professionalId: p.id, name: p.name, status: r.status}) AS participants""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("participants").stream().map(TentParticipant::from).toList()));
    }
}
