package nl.netwerkkaart.area;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.PageRequest;
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

    record Page(List<Area> items, long total) {
    }

    Page find(Area.AreaKind kind, String parentId, PageRequest page) {
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
        return new Page(row.rows("items").stream().map(Area::from).toList(), row.integer("total"));
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
}
