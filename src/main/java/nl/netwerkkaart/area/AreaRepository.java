package nl.netwerkkaart.area;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.community.ResourceLinks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class AreaRepository {

    private final Neo4jClient neo4j;

    AreaRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Area> findById(String id) {
        return neo4j.query("MATCH (a:Area {id: $id}) RETURN a {.*} AS a")
                .bind(id).to("id")
                .fetchAs(Area.class).mappedBy((types, record) -> Area.from(Row.of(record.get("a").asMap())))
                .one();
    }

    Connection<Area> find(Area.AreaKind kind, String parentId, PageRequest page) {
        var row = neo4j.query("""
                        MATCH (a:Area)
                        WHERE ($kind IS NULL OR a.kind = $kind)
                          AND ($parentId IS NULL OR EXISTS { (a)-[:PART_OF]->(:Area {id: $parentId}) })
                        WITH a ORDER BY a.name, a.id
                        WITH collect(a {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""")
                .bindAll(Map.of("offset", page.offset(), "limit", page.limit()))
                .bind(kind == null ? null : kind.name()).to("kind")
                .bind(parentId).to("parentId")
                .fetch().one().map(Row::new).orElseThrow();
        return Connection.of(row, Area::from, page);
    }

    /** The area each of {@code ids} is PART_OF, keyed by the child's id. */
    Map<String, Area> parents(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Area {id: id})-[:PART_OF]->(p:Area)
                        RETURN id, p {.*} AS area""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Area.from(Row.of(r.get("area")))));
    }

    /** The areas each node with an id in {@code ids} is linked to by {@code link}, keyed by that node's id. */
    Map<String, List<Area>> linked(AreaLink link, Collection<String> ids) {
        return neo4j.query(link.cypher)
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("areas").stream().map(Area::from).toList()));
    }

    /** The direct parts of each area in {@code ids}, ordered by name, keyed by the containing area's id. */
    Map<String, List<Area>> parts(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Area)-[:PART_OF]->(:Area {id: id})
                        WITH id, p ORDER BY p.name, p.id
                        RETURN id, collect(p {.*}) AS parts""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("parts").stream().map(Area::from).toList()));
    }

    /** The distinct kinds of the direct parts of the area. */
    List<Area.AreaKind> partKinds(String id) {
        return neo4j.query("""
                        MATCH (p:Area)-[:PART_OF]->(:Area {id: $id})
                        RETURN DISTINCT p.kind AS kind""")
                .bind(id).to("id")
                .fetchAs(String.class).all().stream().map(Area.AreaKind::valueOf).toList();
    }

    Area save(String id, AreaInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("name", input.name().strip());
        parameters.put("kind", input.kind().name());
        parameters.put("code", input.code());
        parameters.put("latitude", input.latitude());
        parameters.put("longitude", input.longitude());
        parameters.put("partOfId", input.partOfId() == null ? null : input.partOfId().toLowerCase());
        return neo4j.query("""
                        MERGE (a:Area {id: $id})
                        ON CREATE SET a.createdAt = datetime()
                        SET a.name = $name, a.kind = $kind, a.code = $code,
                            a.latitude = $latitude, a.longitude = $longitude, a.updatedAt = datetime()
                        WITH a
                        OPTIONAL MATCH (a)-[old:PART_OF]->()
                        DELETE old
                        WITH DISTINCT a
                        CALL (a) {
                          MATCH (p:Area {id: $partOfId})
                          MERGE (a)-[:PART_OF]->(p)
                        }
                        // the resources located in or under it may now lie in another municipality, or in one at all:
                        // their key follows, as when a resource is saved
                        WITH a
                        CALL (a) {
                          MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(a)
                          WITH DISTINCT r
                          %s
                        }
                        RETURN a {.*} AS a""".formatted(ResourceLinks.KEY))
                .bindAll(parameters)
                .fetch().one().map(r -> Area.from(Row.of(r.get("a")))).orElseThrow();
    }

    /** What still points at the area, as counts per kind of reference; empty when there is no such area. */
    Map<String, Long> references(String id) {
        return neo4j.query("""
                        MATCH (a:Area {id: $id})
                        RETURN COUNT { (:Area)-[:PART_OF]->(a) } AS parts,
                               COUNT { (:Family)-[:LIVES_IN]->(a) } AS families,
                               COUNT { (:Professional)-[:SERVES]->(a) } AS professionals,
                               COUNT { (:CommunityResource)-[:SERVES]->(a) } AS servingResources,
                               COUNT { (:CommunityResource)-[:LOCATED_IN]->(a) } AS locatedResources,
                               COUNT { (:Organisation)-[:BASED_IN]->(a) } AS organisations""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of(
                        "parts", (Long) r.get("parts"),
                        "families living there", (Long) r.get("families"),
                        "professionals serving it", (Long) r.get("professionals"),
                        "community resources serving it", (Long) r.get("servingResources"),
                        "community resources located there", (Long) r.get("locatedResources"),
                        "organisations based there", (Long) r.get("organisations")))
                .orElse(Map.of());
    }

    /** The municipality and every area inside it (kernen, wijken), ordered by kind and name. */
    List<Area> withinMunicipality(String municipalityId) {
        return neo4j.query("""
                        MATCH (a:Area)-[:PART_OF*0..2]->(:Area {id: $id, kind: 'MUNICIPALITY'})
                        WITH DISTINCT a ORDER BY CASE a.kind WHEN 'MUNICIPALITY' THEN 0 WHEN 'KERN' THEN 1 ELSE 2 END, a.name, a.id
                        RETURN a {.*} AS a""")
                .bind(municipalityId).to("id")
                .fetch().all().stream().map(r -> Area.from(Row.of(r.get("a")))).toList();
    }

    /** Sets the GeoJSON geometry (text) of each area id in {@code geometries}. */
    void saveGeometries(Map<String, String> geometries) {
        neo4j.query("""
                        UNWIND keys($geometries) AS id
                        MATCH (a:Area {id: id})
                        SET a.geometry = $geometries[id], a.updatedAt = datetime()""")
                .bind(geometries).to("geometries")
                .run();
    }

    void delete(String id) {
        neo4j.query("MATCH (a:Area {id: $id}) DETACH DELETE a").bind(id).to("id").run();
    }
}
