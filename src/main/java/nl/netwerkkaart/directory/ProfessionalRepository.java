package nl.netwerkkaart.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaLink;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ProfessionalRepository {

    /**
     * The expertises of the professional {@code p} with their levels, by expertise name: one projection for the
     * expertises batch and for a page read with its expertises, so both answer alike.
     */
    private static final String EXPERTISES_OF_P = """
            COLLECT { MATCH (p)-[r:HAS_EXPERTISE]->(e:Expertise) RETURN {level: r.level, expertise: e {.*}} ORDER BY e.name }""";

    private final Neo4jClient neo4j;

    ProfessionalRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
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

    /** Which of a professional's related items a page is read with, because the request asks for them. */
    record Related(boolean organisation, boolean areas, boolean expertises) {
    }

    /**
     * A page of professionals with the related items {@link Related} asked for, read by the same statement; each map
     * holds every professional of the page (an empty list or no organisation included), or is null when not read. The
     * related items are read with the projections of their batches ({@link OrganisationRepository#EMPLOYER_OF_P},
     * {@link AreaLink#PROFESSIONAL_SERVES}, {@link #EXPERTISES_OF_P}), so a prefetched field answers as its batch would.
     */
    record Page(Connection<Professional> connection, Map<String, Organisation> employers,
                Map<String, List<Area>> areas, Map<String, List<ProfessionalExpertise>> expertises) {
    }

    Page find(Criteria criteria, PageRequest page, Related related) {
        var filter = new HashMap<String, Object>();
        filter.put("query", criteria.query());
        filter.put("expertiseIds", criteria.expertiseIds());
        filter.put("lifeDomains", criteria.lifeDomains());
        filter.put("areaIds", criteria.areaIds());
        filter.put("languages", criteria.languages());
        filter.put("acceptingClients", criteria.acceptingClients());
        filter.put("organisationIds", criteria.organisationIds());
        filter.put("coach", criteria.coach());
        // One map parameter: Neo4j caches a plan per parameter type and list-size bucket, and this query is costly
        // to plan, so separate parameters would mean a new plan for each combination of filter fields.
        var parameters = Map.<String, Object>of("filter", filter, "offset", page.offset(), "limit", page.limit(),
                "related", Map.of("organisation", related.organisation(), "areas", related.areas(),
                        "expertises", related.expertises()));
        // A text hit on an expertise counts for every professional having it; a professional keeps its best score.
        var row = neo4j.query("""
                        CALL () {
                          WITH $filter.query AS q WHERE q IS NOT NULL
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
                          // an expertise filter picks the candidates through the taxonomy, so the cost follows the
                          // expertise's professionals, not all of them
                          WITH $filter.query AS q, $filter.expertiseIds AS expertiseIds
                          WHERE q IS NULL AND expertiseIds IS NOT NULL
                          MATCH (e:Expertise) WHERE e.id IN expertiseIds
                          MATCH (p:Professional)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..]->(e)
                          WITH DISTINCT p
                          RETURN p, 0.0 AS score
                          UNION ALL
                          WITH $filter.query AS q WHERE q IS NULL AND $filter.expertiseIds IS NULL
                          MATCH (p:Professional)
                          RETURN p, 0.0 AS score
                        }
                        WITH p, score
                        WHERE ($filter.acceptingClients IS NULL OR p.acceptingClients = $filter.acceptingClients)
                          AND ($filter.coach IS NULL OR p.coach = $filter.coach)
                          AND ($filter.languages IS NULL OR any(language IN p.languages WHERE language IN $filter.languages))
                          AND ($filter.organisationIds IS NULL
                               OR EXISTS { (p)-[:WORKS_FOR]->(o:Organisation) WHERE o.id IN $filter.organisationIds })
                          AND ($filter.lifeDomains IS NULL
                               OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN $filter.lifeDomains })
                          // without a text the candidates came through the expertise filter, so hold it already
                          AND ($filter.expertiseIds IS NULL OR $filter.query IS NULL
                               OR EXISTS { (p)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..]->(e:Expertise) WHERE e.id IN $filter.expertiseIds })
                          AND ($filter.areaIds IS NULL OR EXISTS {
                                 MATCH (p)-[:SERVES]->(s:Area)
                                 WHERE s.id IN $filter.areaIds
                                    OR EXISTS { (s)-[:PART_OF*]->(inside:Area) WHERE inside.id IN $filter.areaIds }
                                    OR EXISTS { (part:Area)-[:PART_OF*]->(s) WHERE part.id IN $filter.areaIds } })
                        WITH p, score ORDER BY score DESC, p.name, p.id
                        // the nodes are collected, only the page's are projected, with what the request asks of them
                        WITH collect(p) AS matches
                        RETURN size(matches) AS total, [p IN matches[$offset..$offset + $limit] | {
                          professional: p {.*},
                          organisation: CASE WHEN $related.organisation THEN %s END,
                          areas: CASE WHEN $related.areas THEN %s END,
                          expertises: CASE WHEN $related.expertises THEN %s END
                        }] AS items""".formatted(OrganisationRepository.EMPLOYER_OF_P, AreaLink.PROFESSIONAL_SERVES.areasOf("p"),
                        EXPERTISES_OF_P))
                .bindAll(parameters)
                .fetch().one().map(Row::new).orElseThrow();
        var items = row.rows("items");
        var connection = Connection.of(items.stream().map(item -> Professional.from(item.row("professional"))).toList(),
                row.integer("total"), page);
        Map<String, Organisation> employers = related.organisation() ? new HashMap<>() : null;
        Map<String, List<Area>> areas = related.areas() ? new HashMap<>() : null;
        Map<String, List<ProfessionalExpertise>> expertises = related.expertises() ? new HashMap<>() : null;
        for (var item : items) {
            var id = item.row("professional").string("id");
            if (employers != null) {
                var organisation = item.row("organisation");
                employers.put(id, organisation == null ? null : Organisation.from(organisation));
            }
            if (areas != null) {
                areas.put(id, item.rows("areas").stream().map(Area::from).toList());
            }
            if (expertises != null) {
                expertises.put(id, item.rows("expertises").stream().map(ProfessionalRepository::expertise).toList());
            }
        }
        return new Page(connection, employers, areas, expertises);
    }

    private static ProfessionalExpertise expertise(Row item) {
        return new ProfessionalExpertise(Expertise.from(item.row("expertise")), ExpertiseLevel.valueOf(item.string("level")));
    }

    /** The expertises of each professional id with their levels, by expertise name. */
    Map<String, List<ProfessionalExpertise>> expertises(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Professional {id: id})
                        RETURN id, %s AS items""".formatted(EXPERTISES_OF_P))
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).rows("items").stream()
                        .map(ProfessionalRepository::expertise)
                        .toList()));
    }

    /** How many families the professional coaches; a coach still coaching cannot drop the coach role. */
    long coachedFamilies(String id) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN COUNT { (:Family)-[:COACHED_BY]->(p) } AS families")
                .bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
    }

    /** Creates or replaces the professional; one map parameter, so the plan is reused whatever the list sizes. */
    Professional save(String id, ProfessionalInput input) {
        var professional = new HashMap<String, Object>();
        professional.put("id", id);
        professional.put("name", input.name().strip());
        professional.put("discipline", input.discipline().strip());
        professional.put("description", input.description());
        professional.put("email", input.email());
        professional.put("phone", input.phone());
        professional.put("tier", input.tier().name());
        professional.put("languages", input.languages() == null ? List.of() : input.languages().stream().distinct().toList());
        professional.put("capacity", input.capacity());
        professional.put("acceptingClients", input.acceptingClients());
        professional.put("coach", input.coach());
        professional.put("organisationId", input.organisationId().toLowerCase());
        professional.put("areaIds", input.areaIds().stream().map(String::toLowerCase).toList());
        professional.put("expertises", input.expertises().stream()
                .map(e -> Map.of("expertiseId", e.expertiseId().toLowerCase(), "level", e.level().name()))
                .toList());
        return neo4j.query("""
                        MERGE (p:Professional {id: $professional.id})
                        ON CREATE SET p.createdAt = datetime()
                        SET p.name = $professional.name, p.discipline = $professional.discipline,
                            p.description = $professional.description, p.email = $professional.email,
                            p.phone = $professional.phone, p.tier = $professional.tier, p.languages = $professional.languages,
                            p.capacity = $professional.capacity, p.acceptingClients = $professional.acceptingClients,
                            p.coach = $professional.coach, p.updatedAt = datetime()
                        WITH p
                        CALL (p) {
                          OPTIONAL MATCH (p)-[old:WORKS_FOR|SERVES|HAS_EXPERTISE]->()
                          DELETE old
                        }
                        CALL (p) {
                          MATCH (o:Organisation {id: $professional.organisationId})
                          MERGE (p)-[:WORKS_FOR]->(o)
                        }
                        CALL (p) {
                          UNWIND $professional.areaIds AS areaId
                          MATCH (a:Area {id: areaId})
                          MERGE (p)-[:SERVES]->(a)
                        }
                        CALL (p) {
                          UNWIND $professional.expertises AS item
                          MATCH (e:Expertise {id: item.expertiseId})
                          MERGE (p)-[r:HAS_EXPERTISE]->(e)
                          SET r.level = item.level
                        }
                        RETURN p {.*} AS p""")
                .bind(professional).to("professional")
                .fetch().one().map(r -> Professional.from(Row.of(r.get("p")))).orElseThrow();
    }

    /** What still points at the professional, as counts per kind of reference; empty when there is no such professional. */
    Map<String, Long> references(String id) {
        return neo4j.query("""
                        MATCH (p:Professional {id: $id})
                        RETURN COUNT { (:Family)-[:COACHED_BY]->(p) } AS families,
                               COUNT { (:TentSession)-[:DIRECTED_BY]->(p) } AS tentSessions,
                               COUNT { (:Match)-[:WITH_HELPER]->(p) } AS matches""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("families it coaches", (Long) r.get("families"),
                        "tent sessions it directs", (Long) r.get("tentSessions"), "matches it helps in", (Long) r.get("matches")))
                .orElse(Map.of());
    }

    void delete(String id) {
        neo4j.query("MATCH (p:Professional {id: $id}) DETACH DELETE p").bind(id).to("id").run();
    }
}
