package nl.netwerkkaart.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.FullText;
import nl.netwerkkaart.graph.Paging;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ExpertiseRepository {

    private final Neo4jClient neo4j;

    ExpertiseRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Expertise> findById(String id) {
        return neo4j.query("MATCH (e:Expertise {id: $id}) RETURN e {.*} AS e")
                .bind(id).to("id")
                .fetch().one().map(r -> Expertise.from(Row.of(r.get("e"))));
    }

    Connection<Expertise> find(String text, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("query", FullText.query("text", text));
        return Paging.page(neo4j, FullText.hitsOrAll("Expertise", "e") + """
                        WITH e, score ORDER BY score DESC, e.name, e.id
                        WITH collect(e {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""", parameters, page, Expertise::from);
    }

    /** The life domains of each expertise id, in domain order. */
    Map<String, List<LifeDomain>> lifeDomains(Collection<String> ids) {
        return grouped("""
                UNWIND $ids AS id
                MATCH (:Expertise {id: id})-[:IN_DOMAIN]->(l:LifeDomain)
                WITH id, l ORDER BY l.sortOrder
                RETURN id, collect(l {.*}) AS items""", ids, LifeDomain::from);
    }

    /** The broader terms of each expertise id, by name. */
    Map<String, List<Expertise>> broader(Collection<String> ids) {
        return grouped("""
                UNWIND $ids AS id
                MATCH (:Expertise {id: id})-[:BROADER]->(b:Expertise)
                WITH id, b ORDER BY b.name
                RETURN id, collect(b {.*}) AS items""", ids, Expertise::from);
    }

    /** The directly narrower terms of each expertise id, by name. */
    Map<String, List<Expertise>> narrower(Collection<String> ids) {
        return grouped("""
                UNWIND $ids AS id
                MATCH (n:Expertise)-[:BROADER]->(:Expertise {id: id})
                WITH id, n ORDER BY n.name
                RETURN id, collect(n {.*}) AS items""", ids, Expertise::from);
    }

    /** Per expertise id, how many professionals have it or one of its narrower terms. */
    Map<String, Integer> professionalCounts(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (e:Expertise {id: id})
                        OPTIONAL MATCH (p:Professional)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..]->(e)
                        RETURN id, count(DISTINCT p) AS count""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> ((Number) r.get("count")).intValue()));
    }

    /** Which of {@code ids} are expertises. */
    Set<String> existing(Collection<String> ids) {
        return strings("""
                UNWIND $ids AS id
                MATCH (e:Expertise {id: id})
                RETURN collect(e.id) AS ids""", Map.of("ids", ids));
    }

    /** Which of {@code ids} are the expertise {@code id} itself or narrower than it: making one of them broader would close a cycle. */
    Set<String> selfOrNarrower(String id, Collection<String> ids) {
        return strings("""
                UNWIND $ids AS candidate
                MATCH (c:Expertise {id: candidate})
                WHERE EXISTS { (c)-[:BROADER*0..]->(:Expertise {id: $id}) }
                RETURN collect(c.id) AS ids""", Map.of("id", id, "ids", ids));
    }

    /** Whether another expertise than {@code id} has this name, ignoring case so near-duplicates are caught too. */
    boolean nameTaken(String name, String id) {
        var parameters = new HashMap<String, Object>();
        parameters.put("name", name);
        parameters.put("id", id);
        return neo4j.query("""
                        RETURN EXISTS {
                          MATCH (e:Expertise) WHERE toLower(e.name) = toLower($name) AND ($id IS NULL OR e.id <> $id)
                        } AS taken""")
                .bindAll(parameters).fetchAs(Boolean.class).one().orElse(false);
    }

    /** Creates or replaces the expertise; one map parameter, so the plan is reused whatever the list sizes. */
    Expertise save(String id, ExpertiseInput input) {
        var expertise = new HashMap<String, Object>();
        expertise.put("id", id);
        expertise.put("name", input.name().strip());
        expertise.put("description", input.description());
        expertise.put("lifeDomains", input.lifeDomains().stream().map(Enum::name).toList());
        expertise.put("broaderIds", input.broaderIds() == null ? List.of() : input.broaderIds().stream().map(String::toLowerCase).toList());
        return neo4j.query("""
                        MERGE (e:Expertise {id: $expertise.id})
                        ON CREATE SET e.createdAt = datetime()
                        SET e.name = $expertise.name, e.description = $expertise.description, e.updatedAt = datetime()
                        WITH e
                        CALL (e) {
                          OPTIONAL MATCH (e)-[old:IN_DOMAIN|BROADER]->()
                          DELETE old
                        }
                        CALL (e) {
                          UNWIND $expertise.lifeDomains AS code
                          MATCH (l:LifeDomain {code: code})
                          MERGE (e)-[:IN_DOMAIN]->(l)
                        }
                        CALL (e) {
                          UNWIND $expertise.broaderIds AS broaderId
                          MATCH (b:Expertise {id: broaderId})
                          MERGE (e)-[:BROADER]->(b)
                        }
                        RETURN e {.*} AS e""")
                .bind(expertise).to("expertise")
                .fetch().one().map(r -> Expertise.from(Row.of(r.get("e")))).orElseThrow();
    }

    /** What still points at the expertise, as counts per kind of reference; empty when there is no such expertise. */
    Map<String, Long> references(String id) {
        return neo4j.query("""
                        MATCH (e:Expertise {id: $id})
                        RETURN COUNT { (:Professional)-[:HAS_EXPERTISE]->(e) } AS professionals,
                               COUNT { (:CommunityResource)-[:ADDRESSES]->(e) } AS communityResources,
                               COUNT { (:Expertise)-[:BROADER]->(e) } AS narrower,
                               COUNT { (:HelpQuestion)-[:NEEDS]->(e) } AS questions""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("professionals", (Long) r.get("professionals"),
                        "community resources", (Long) r.get("communityResources"),
                        "narrower expertises", (Long) r.get("narrower"),
                        // a coach's confirmed need would otherwise go silently with the term
                        "help questions needing it", (Long) r.get("questions")))
                .orElse(Map.of());
    }

    void delete(String id) {
        neo4j.query("MATCH (e:Expertise {id: $id}) DETACH DELETE e").bind(id).to("id").run();
    }

    private <T> Map<String, List<T>> grouped(String cypher, Collection<String> ids, Function<Row, T> mapper) {
        return neo4j.query(cypher)
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("items").stream().map(mapper).toList()));
    }

    private Set<String> strings(String cypher, Map<String, Object> parameters) {
        return neo4j.query(cypher)
                .bindAll(parameters)
                .fetch().one().map(r -> new HashSet<>(new Row(r).strings("ids"))).orElseGet(HashSet::new);
    }
}
