package nl.netwerkkaart.hsds;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.netwerkkaart.community.ResourceLinks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class HsdsRepository {

    /** A resource already imported under an HSDS id, with the fingerprint of what was imported. */
    record Existing(String id, String fingerprint) {
    }

    private final Neo4jClient neo4j;

    HsdsRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Our expertise ids by lower-case name. */
    Map<String, String> expertises() {
        return neo4j.query("MATCH (e:Expertise) RETURN toLower(e.name) AS name, e.id AS id")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("name"), r -> (String) r.get("id"), (a, b) -> a));
    }

    List<String> lifeDomainCodes() {
        return neo4j.query("MATCH (l:LifeDomain) RETURN l.code AS code ORDER BY l.sortOrder")
                .fetchAs(String.class).all().stream().toList();
    }

    /** Resources of the municipality imported under one of these HSDS ids, by HSDS id. */
    Map<String, Existing> existing(String municipalityId, Collection<String> hsdsIds) {
        return neo4j.query("""
                        UNWIND $hsdsIds AS hsdsId
                        MATCH (r:CommunityResource {hsdsId: hsdsId})-[:LOCATED_IN]->(a:Area)
                        WHERE a.id = $municipalityId OR EXISTS { (a)-[:PART_OF*1..2]->(:Area {id: $municipalityId}) }
                        RETURN hsdsId, r.id AS id, r.hsdsFingerprint AS fingerprint""")
                .bindAll(Map.of("municipalityId", municipalityId, "hsdsIds", List.copyOf(hsdsIds)))
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("hsdsId"),
                        r -> new Existing((String) r.get("id"), (String) r.get("fingerprint")), (a, b) -> a));
    }

    /**
     * Writes one imported resource: its properties, its links replaced, its organisation found or made by HSDS id,
     * and a change record.
     */
    void save(String id, Map<String, Object> values, String fingerprint, String userId, boolean created) {
        var parameters = new HashMap<>(values);
        parameters.put("id", id);
        parameters.put("fingerprint", fingerprint);
        parameters.put("userId", userId);
        parameters.put("action", created ? "CREATE" : "UPDATE");
        neo4j.query("""
                        MERGE (r:CommunityResource {id: $id})
                        ON CREATE SET r.createdAt = datetime()
                        SET r.name = $name, r.description = $description, r.kind = $kind, r.status = $status,
                            r.minimumAge = $minimumAge, r.maximumAge = $maximumAge, r.languages = $languages,
                            r.free = $free, r.costDescription = $costDescription,
                            r.eligibilityDescription = $eligibilityDescription, r.email = $email, r.phone = $phone,
                            r.website = $website, r.capacity = $capacity, r.lastVerifiedAt = date($lastVerifiedAt),
                            r.hsdsId = $hsdsId, r.hsdsFingerprint = $fingerprint, r.locationName = $locationName,
                            r.address = $address, r.latitude = $latitude, r.longitude = $longitude,
                            r.schedules = $schedules, r.contacts = $contacts, r.costOptions = $costOptions,
                            r.taxonomyTerms = $taxonomyTerms, r.updatedAt = datetime()
                        %s
                        MATCH (location:Area {id: $locationId})
                        FOREACH (target IN addressed | CREATE (r)-[:ADDRESSES]->(target))
                        FOREACH (area IN served | CREATE (r)-[:SERVES]->(area))
                        CREATE (r)-[:LOCATED_IN]->(location)
                        CREATE (r)-[:HAS_CHANGE]->(:ResourceChange {id: randomUUID(), action: $action, fields: ['*'],
                                changedBy: $userId, source: 'hsds-import', changedAt: datetime(),
                                createdAt: datetime(), updatedAt: datetime()})
                        WITH r
                        CALL (r) {
                          WITH r WHERE $organisation IS NOT NULL
                          MERGE (o:Organisation {hsdsId: $organisation.hsdsId})
                          ON CREATE SET o.id = randomUUID(), o.createdAt = datetime()
                          SET o.name = $organisation.name, o.description = $organisation.description,
                              o.email = $organisation.email, o.website = $organisation.website, o.updatedAt = datetime()
                          CREATE (r)-[:OFFERED_BY]->(o)
                        }""".formatted(ResourceLinks.REPLACE))
                .bindAll(parameters)
                .run();
    }

    /** Every resource located in the municipality with what an HSDS service needs, by name. */
    List<Row> export(String municipalityId) {
        return neo4j.query("""
                        MATCH (a:Area)-[:PART_OF*0..2]->(:Area {id: $municipalityId})
                        MATCH (r:CommunityResource)-[:LOCATED_IN]->(a)
                        WITH DISTINCT r, a ORDER BY r.name, r.id
                        OPTIONAL MATCH (r)-[:OFFERED_BY]->(o:Organisation)
                        RETURN r {.*} AS resource, a {.*} AS location, o {.*} AS organisation,
                               COLLECT { MATCH (r)-[:SERVES]->(s:Area) RETURN s {.*} ORDER BY s.name } AS serves,
                               COLLECT { MATCH (r)-[:ADDRESSES]->(l:LifeDomain) RETURN l {.code, .name} ORDER BY l.sortOrder } AS domains,
                               COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise) RETURN e {.id, .name} ORDER BY e.name } AS expertises,
                               COLLECT { MATCH (r)-[:HAS_CHANGE]->(c:ResourceChange) RETURN c {.*} ORDER BY c.changedAt } AS changes""")
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream().map(Row::new).toList();
    }
}
