package nl.netwerkkaart.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.FullText;
import nl.netwerkkaart.graph.Paging;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class OrganisationRepository {

    private final Neo4jClient neo4j;

    OrganisationRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<Organisation> findById(String id) {
        return neo4j.query("MATCH (o:Organisation {id: $id}) RETURN o {.*} AS o")
                .bind(id).to("id")
                .fetch().one().map(r -> Organisation.from(Row.of(r.get("o"))));
    }

    Connection<Organisation> find(String text, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("query", FullText.query("text", text));
        return Paging.page(neo4j, FullText.hitsOrAll("Organisation", "o") + """
                        WITH o, score ORDER BY score DESC, o.name, o.id
                        WITH collect(o {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""", parameters, page, Organisation::from);
    }

    /**
     * The organisation the professional {@code p} WORKS_FOR, as a map of its properties, or null: one projection for
     * the employers batch and for a page of professionals read with their organisation, so both answer alike.
     */
    static final String EMPLOYER_OF_P = "[(p)-[:WORKS_FOR]->(o:Organisation) | o {.*}][0]";

    /** The organisation each professional with an id in {@code professionalIds} WORKS_FOR. */
    Map<String, Organisation> employers(Collection<String> professionalIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Professional {id: id})
                        WITH id, %s AS o
                        WHERE o IS NOT NULL
                        RETURN id, o""".formatted(EMPLOYER_OF_P))
                .bind(professionalIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Organisation.from(Row.of(r.get("o")))));
    }

    /** The organisation each community resource with an id in {@code resourceIds} is OFFERED_BY. */
    Map<String, Organisation> offerers(Collection<String> resourceIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:CommunityResource {id: id})-[:OFFERED_BY]->(o:Organisation)
                        RETURN id, o {.*} AS o""")
                .bind(resourceIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Organisation.from(Row.of(r.get("o")))));
    }

    boolean exists(String id) {
        return neo4j.query("RETURN EXISTS { MATCH (:Organisation {id: $id}) } AS found")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    Organisation save(String id, OrganisationInput input) {
        return neo4j.query("""
                        MERGE (o:Organisation {id: $id})
                        ON CREATE SET o.createdAt = datetime()
                        SET o.name = $name, o.description = $description, o.website = $website,
                            o.email = $email, o.phone = $phone, o.updatedAt = datetime()
                        WITH o
                        OPTIONAL MATCH (o)-[old:BASED_IN]->()
                        DELETE old
                        WITH DISTINCT o
                        OPTIONAL MATCH (a:Area {id: $areaId})
                        FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (o)-[:BASED_IN]->(a))
                        RETURN o {.*} AS o""")
                .bindAll(parameters(id, input))
                .fetch().one().map(r -> Organisation.from(Row.of(r.get("o")))).orElseThrow();
    }

    /** What still points at the organisation, as counts per kind of reference. */
    Map<String, Long> references(String id) {
        return neo4j.query("""
                        MATCH (o:Organisation {id: $id})
                        RETURN COUNT { (:Professional)-[:WORKS_FOR]->(o) } AS professionals,
                               COUNT { (:CommunityResource)-[:OFFERED_BY]->(o) } AS communityResources""")
                .bind(id).to("id")
                .fetch().one()
                .map(r -> Map.of("professionals", (Long) r.get("professionals"), "community resources", (Long) r.get("communityResources")))
                .orElse(Map.of());
    }

    void delete(String id) {
        neo4j.query("MATCH (o:Organisation {id: $id}) DETACH DELETE o").bind(id).to("id").run();
    }

    private static Map<String, Object> parameters(String id, OrganisationInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("name", input.name().strip());
        parameters.put("description", input.description());
        parameters.put("website", input.website());
        parameters.put("email", input.email());
        parameters.put("phone", input.phone());
        parameters.put("areaId", input.areaId());
        return parameters;
    }
}
