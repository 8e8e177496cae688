package nl.netwerkkaart.family;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Paging;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.access.FamilyScope;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class FamilyRepository {

    private final Neo4jClient neo4j;

    FamilyRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Family> findById(String id) {
        return neo4j.query("""
                        MATCH (f:Family {id: $id})
                        RETURN f {.*, coachId: [(f)-[:COACHED_BY]->(c:Professional) | c.id][0]} AS f""")
                .bind(id).to("id")
                .fetch().one().map(r -> Family.from(Row.of(r.get("f"))));
    }

    /**
     * Families by name within what {@code scope} lets the user see; {@code text}, {@code areaId} and {@code coachId}
     * filter further when not null.
     */
    Connection<Family> find(String text, String areaId, String coachId, FamilyScope scope, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("scopeCoachId", scope.coachId());
        parameters.put("scopeFamilyIds", scope.familyIds());
        parameters.put("municipalityId", scope.municipalityId());
        parameters.put("text", text);
        parameters.put("areaId", areaId);
        parameters.put("coachId", coachId);
        return Paging.page(neo4j, """
                        MATCH (f:Family)
                        WHERE ($scopeCoachId IS NULL OR EXISTS { (f)-[:COACHED_BY]->(:Professional {id: $scopeCoachId}) })
                          AND ($scopeFamilyIds IS NULL OR f.id IN $scopeFamilyIds)
                          AND EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) }
                          AND ($text IS NULL OR toLower(f.name) CONTAINS toLower($text))
                          AND ($areaId IS NULL OR EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..]->(:Area {id: $areaId}) })
                          AND ($coachId IS NULL OR EXISTS { (f)-[:COACHED_BY]->(:Professional {id: $coachId}) })
                        WITH f ORDER BY f.name, f.id
                        WITH collect(f) AS matches
                        RETURN size(matches) AS total,
                               [f IN matches[$offset..$offset + $limit]
                                | f {.*, coachId: [(f)-[:COACHED_BY]->(c:Professional) | c.id][0]}] AS items""", parameters, page, Family::from);
    }

    /** The families with these ids, keyed by id; unknown ids are left out. */
    Map<String, Family> byIds(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (f:Family {id: id})
                        RETURN id, f {.*, coachId: [(f)-[:COACHED_BY]->(c:Professional) | c.id][0]} AS f""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Family.from(Row.of(r.get("f")))));
    }

    /** The coach of each family with an id in {@code ids}, keyed by the family's id. */
    Map<String, FamilyCoach> coaches(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Family {id: id})-[:COACHED_BY]->(c:Professional)
                        RETURN id, c {.id, .name, .email, .phone} AS coach""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> FamilyCoach.from(Row.of(r.get("coach"))),
                        (first, second) -> first));
    }

    /** Whether the professional has the coach role; empty when there is no such professional. */
    Optional<Boolean> isCoach(String professionalId) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN p.coach AS coach")
                .bind(professionalId).to("id")
                .fetch().one().map(r -> Boolean.TRUE.equals(r.get("coach")));
    }

    /** Write-locks the family before an update's checks; returns its version, empty when there is no such family. */
    Optional<Integer> lockedVersion(String id) {
        return neo4j.query("MATCH (f:Family {id: $id}) " + Locks.lock("f") + " RETURN coalesce(f.version, 1)")
                .bind(id).to("id").fetchAs(Integer.class).one();
    }

    Family save(String id, FamilyInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("name", input.name().strip());
        parameters.put("reference", input.reference() == null || input.reference().isBlank() ? null : input.reference().strip());
        parameters.put("areaId", input.areaId().toLowerCase());
        parameters.put("coachId", input.coachId().toLowerCase());
        return neo4j.query("""
                        MATCH (a:Area {id: $areaId})
                        MATCH (c:Professional {id: $coachId})
                        MERGE (f:Family {id: $id})
                        ON CREATE SET f.createdAt = datetime(), f.version = 0
                        SET f.version = coalesce(f.version, 1) + 1
                        SET f.name = $name, f.reference = $reference, f.updatedAt = datetime()
                        WITH f, a, c
                        CALL (f) {
                          MATCH (f)-[old:LIVES_IN|COACHED_BY]->()
                          DELETE old
                        }
                        CREATE (f)-[:LIVES_IN]->(a)
                        CREATE (f)-[:COACHED_BY]->(c)
                        RETURN f {.*, coachId: c.id} AS f""")
                .bindAll(parameters)
                .fetch().one().map(r -> Family.from(Row.of(r.get("f")))).orElseThrow();
    }

    /**
     * What keeps the family from being deleted, as counts per kind of reference; empty when there is no family. The
     * check of a deletion: it write-locks the family first, as every change in the family does, so nothing can be
     * added to the family between this count and the deletion.
     */
    Map<String, Long> references(String id) {
        neo4j.query("MATCH (f:Family {id: $id}) " + Locks.lock("f")).bind(id).to("id").run();
        return neo4j.query("""
                        MATCH (f:Family {id: $id})
                        RETURN COUNT { (:TentSession)-[:FOR_FAMILY]->(f) } AS tentSessions,
                               COUNT { (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(:Match) } AS matches,
                               COUNT { (:HandoverNote)-[:FOR_FAMILY]->(f) } AS handoverNotes,
                               COUNT { (f)-[:RAISED]->(:HelpQuestion)<-[:EXPLAINS]-(:Analysis) } AS analyses""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("tent sessions", (Long) r.get("tentSessions"), "matches", (Long) r.get("matches"),
                        "handover notes", (Long) r.get("handoverNotes"), "analyses", (Long) r.get("analyses")))
                .orElse(Map.of());
    }

    /** Deletes the family and its subgraph ({@link FamilyGraph#DELETE}); only called when nothing refers to it. */
    void delete(String id) {
        neo4j.query("""
                        MATCH (f:Family {id: $id})
                        %s
                        RETURN persons, helpQuestions""".formatted(FamilyGraph.DELETE))
                .bind(id).to("id").run();
    }
}
