package nl.netwerkkaart.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalRepository {

    private final Neo4jClient neo4j;

    ProfessionalRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    record Page(List<Professional> items, long total) {
    }

    /**
     * A checked {@link ProfessionalFilter}: {@code query} is the Lucene query, ids are lower case, and a null field
     * does not filter.
     */
    record Criteria(String query, List<String> expertiseIds, List<String> lifeDomains, List<String> areaIds,
                    List<String> languages, Boolean acceptingClients, List<String> organisationIds, Boolean coach) {
    }

    Optional<Professional> findById(String id) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN p {.*} AS p")
                .bind(id).to("id")
                .fetch().one().map(r -> Professional.from(Row.of(r.get("p"))));
    }

    boolean exists(String id) {
        return neo4j.query("RETURN EXISTS { MATCH (:Professional {id: $id}) } AS found")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    Page find(Criteria criteria, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("query", criteria.query());
        parameters.put("expertiseIds", criteria.expertiseIds());
        parameters.put("lifeDomains", criteria.lifeDomains());
        parameters.put("areaIds", criteria.areaIds());
        parameters.put("languages", criteria.languages());
        parameters.put("acceptingClients", criteria.acceptingClients());
        parameters.put("organisationIds", criteria.organisationIds());
        parameters.put("coach", criteria.coach());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        // A text hit on an expertise counts for every professional having it; a professional keeps its best score.
        var row = neo4j.query("""
                        CALL () {
                          WITH $query AS q WHERE q IS NOT NULL
                          CALL db.index.fulltext.queryNodes('directory_search', q) YIELD node, score
                          WITH node, score WHERE node:Professional OR node:Expertise
                          CALL (node) {
                            WITH node WHERE node:Professional
                            RETURN node AS p
                            UNION
                            MATCH (p:Professional)-[:HAS_EXPERTISE]->(node)
                            RETURN p
                          }
                          WITH p, max(score) AS score
                          RETURN p, score
                          UNION ALL
                          WITH $query AS q WHERE q IS NULL
                          MATCH (p:Professional)
                          RETURN p, 0.0 AS score
                        }
                        WITH p, score
                        WHERE ($acceptingClients IS NULL OR p.acceptingClients = $acceptingClients)
                          AND ($coach IS NULL OR p.coach = $coach)
                          AND ($languages IS NULL OR any(language IN p.languages WHERE language IN $languages))
                          AND ($organisationIds IS NULL
                               OR EXISTS { (p)-[:WORKS_FOR]->(o:Organisation) WHERE o.id IN $organisationIds })
                          AND ($lifeDomains IS NULL
                               OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN $lifeDomains })
                          AND ($expertiseIds IS NULL
                               OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..]->(e:Expertise) WHERE e.id IN $expertiseIds })
                          AND ($areaIds IS NULL OR EXISTS {
                                 MATCH (p)-[:SERVES]->(s:Area)
                                 WHERE s.id IN $areaIds
                                    OR EXISTS { (s)-[:PART_OF*]->(inside:Area) WHERE inside.id IN $areaIds }
                                    OR EXISTS { (part:Area)-[:PART_OF*]->(s) WHERE part.id IN $areaIds } })
                        WITH p, score ORDER BY score DESC, p.name, p.id
                        WITH collect(p {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""")
                .bindAll(parameters)
                .fetch().one().map(Row::new).orElseThrow();
        return new Page(row.rows("items").stream().map(Professional::from).toList(), row.integer("total"));
    }

    /** The expertises of each professional id with their levels, by expertise name. */
    Map<String, List<ProfessionalExpertise>> expertises(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Professional {id: id})-[r:HAS_EXPERTISE]->(e:Expertise)
                        WITH id, r, e ORDER BY e.name
                        RETURN id, collect({level: r.level, expertise: e {.*}}) AS items""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).rows("items").stream()
                        .map(item -> new ProfessionalExpertise(Expertise.from(item.row("expertise")),
                                ExpertiseLevel.valueOf(item.string("level"))))
                        .toList()));
    }

    /** How many families the professional coaches; a coach still coaching cannot drop the coach role. */
    long coachedFamilies(String id) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN COUNT { (:Family)-[:COACHED_BY]->(p) } AS families")
                .bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
    }

    Professional save(String id, ProfessionalInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("name", input.name().strip());
        parameters.put("discipline", input.discipline().strip());
        parameters.put("description", input.description());
        parameters.put("email", input.email());
        parameters.put("phone", input.phone());
        parameters.put("tier", input.tier().name());
        parameters.put("languages", input.languages() == null ? List.of() : input.languages().stream().distinct().toList());
        parameters.put("capacity", input.capacity());
        parameters.put("acceptingClients", input.acceptingClients());
        parameters.put("coach", input.coach());
        parameters.put("organisationId", input.organisationId().toLowerCase());
        parameters.put("areaIds", input.areaIds().stream().map(String::toLowerCase).toList());
        parameters.put("expertises", input.expertises().stream()
                .map(e -> Map.of("expertiseId", e.expertiseId().toLowerCase(), "level", e.level().name()))
                .toList());
        return neo4j.query("""
                        MERGE (p:Professional {id: $id})
                        ON CREATE SET p.createdAt = datetime()
                        SET p.name = $name, p.discipline = $discipline, p.description = $description,
                            p.email = $email, p.phone = $phone, p.tier = $tier, p.languages = $languages,
                            p.capacity = $capacity, p.acceptingClients = $acceptingClients, p.coach = $coach,
                            p.updatedAt = datetime()
                        WITH p
                        CALL (p) {
                          OPTIONAL MATCH (p)-[old:WORKS_FOR|SERVES|HAS_EXPERTISE]->()
                          DELETE old
                        }
                        CALL (p) {
                          MATCH (o:Organisation {id: $organisationId})
                          MERGE (p)-[:WORKS_FOR]->(o)
                        }
                        CALL (p) {
                          UNWIND $areaIds AS areaId
                          MATCH (a:Area {id: areaId})
                          MERGE (p)-[:SERVES]->(a)
                        }
                        CALL (p) {
                          UNWIND $expertises AS item
                          MATCH (e:Expertise {id: item.expertiseId})
                          MERGE (p)-[r:HAS_EXPERTISE]->(e)
                          SET r.level = item.level
                        }
                        RETURN p {.*} AS p""")
                .bindAll(parameters)
                .fetch().one().map(r -> Professional.from(Row.of(r.get("p")))).orElseThrow();
    }

    /** What still points at the professional, as counts per kind of reference; empty when there is no such professional. */
    Map<String, Long> references(String id) {
        return neo4j.query("""
                        MATCH (p:Professional {id: $id})
                        RETURN COUNT { (:Family)-[:COACHED_BY]->(p) } AS families,
                               COUNT { (:TentSession)-[:DIRECTED_BY]->(p) } AS tentSessions""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("families it coaches", (Long) r.get("families"),
                        "tent sessions it directs", (Long) r.get("tentSessions")))
                .orElse(Map.of());
    }

    void delete(String id) {
        neo4j.query("MATCH (p:Professional {id: $id}) DETACH DELETE p").bind(id).to("id").run();
    }
}
