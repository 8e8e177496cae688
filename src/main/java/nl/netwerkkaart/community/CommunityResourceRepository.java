package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.FullText;
import nl.netwerkkaart.graph.Paging;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class CommunityResourceRepository {


    private final Neo4jClient neo4j;
    private final Staleness staleness;

    CommunityResourceRepository(Neo4jClient neo4j, Staleness staleness) {
        this.neo4j = neo4j;
        this.staleness = staleness;
    }

    LocalDate staleBefore() {
        return staleness.staleBefore();
    }

    private CommunityResource resource(Row row) {
        return CommunityResource.from(row, staleBefore());
    }

    /**
     * Checked and normalised filter values; a null list or value does not filter.
     *
     * @param query Lucene query for the full-text index, or null to list by name
     */
    record Criteria(String query, List<String> lifeDomains, List<String> expertiseIds, List<String> areaIds, Integer age,
                    List<String> languages, List<String> statuses, List<String> kinds, Boolean stale, Boolean flagged) {
    }

    /** Ids in a mutation input that refer to nothing, per label. */
    record Missing(Set<String> expertises, Set<String> areas, Set<String> organisations) {
    }

    Optional<CommunityResource> findById(String id) {
        return neo4j.query("MATCH (r:CommunityResource {id: $id}) RETURN r {.*} AS r")
                .bind(id).to("id")
                .fetch().one().map(r -> resource(Row.of(r.get("r"))));
    }

    Connection<CommunityResource> find(Criteria criteria, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("query", criteria.query());
        parameters.put("lifeDomains", criteria.lifeDomains());
        parameters.put("expertiseIds", criteria.expertiseIds());
        parameters.put("areaIds", criteria.areaIds());
        parameters.put("age", criteria.age());
        parameters.put("languages", criteria.languages());
        parameters.put("statuses", criteria.statuses());
        parameters.put("kinds", criteria.kinds());
        parameters.put("stale", criteria.stale());
        parameters.put("flagged", criteria.flagged());
        parameters.put("staleBefore", staleBefore());
        return Paging.page(neo4j, FullText.hitsOrAll("CommunityResource", "r") + """
                        WITH r, score
                        WHERE r.status IN $statuses
                          AND ($kinds IS NULL OR r.kind IN $kinds)
                          AND ($stale IS NULL OR (r.lastVerifiedAt IS NULL OR r.lastVerifiedAt < $staleBefore) = $stale)
                          AND ($flagged IS NULL OR (size(coalesce(r.hsdsFlags, [])) > 0) = $flagged)
                          AND ($age IS NULL OR (coalesce(r.minimumAge, $age) <= $age AND $age <= coalesce(r.maximumAge, $age)))
                          AND ($languages IS NULL OR any(language IN coalesce(r.languages, []) WHERE language IN $languages))
                          AND ($lifeDomains IS NULL
                               OR EXISTS { (r)-[:ADDRESSES]->(l:LifeDomain) WHERE l.code IN $lifeDomains }
                               OR EXISTS { (r)-[:ADDRESSES]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN $lifeDomains })
                          AND ($expertiseIds IS NULL
                               OR EXISTS { (r)-[:ADDRESSES]->(:Expertise)-[:BROADER*0..]->(e:Expertise) WHERE e.id IN $expertiseIds })
                          AND ($areaIds IS NULL OR EXISTS {
                                 MATCH (r)-[:SERVES|LOCATED_IN]->(a:Area)
                                 WHERE a.id IN $areaIds
                                    OR EXISTS { (a)-[:PART_OF*1..]->(outer:Area) WHERE outer.id IN $areaIds }
                                    OR EXISTS { (inner:Area)-[:PART_OF*1..]->(a) WHERE inner.id IN $areaIds } })
                        WITH r, score ORDER BY score DESC, r.name, r.id
                        WITH collect(r {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""", parameters, page, this::resource);
    }

    /**
     * Stale resources with one of the statuses located in the municipality (or anywhere when it is null), by name.
     * Starts from the municipality's areas, so it reads only that municipality's resources.
     */
    Connection<CommunityResource> stale(String municipalityId, List<String> statuses, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("municipalityId", municipalityId);
        parameters.put("statuses", statuses);
        parameters.put("staleBefore", staleBefore());
        return Paging.page(neo4j, """
                        CALL () {
                          WITH $municipalityId AS id WHERE id IS NOT NULL
                          MATCH (:Area {id: id})<-[:PART_OF*0..2]-(:Area)<-[:LOCATED_IN]-(r:CommunityResource)
                          RETURN r
                          UNION
                          WITH $municipalityId AS id WHERE id IS NULL
                          MATCH (r:CommunityResource)
                          RETURN r
                        }
                        WITH r WHERE r.status IN $statuses AND (r.lastVerifiedAt IS NULL OR r.lastVerifiedAt < $staleBefore)
                        WITH r ORDER BY r.name, r.id
                        WITH collect(r {.*}) AS matches
                        RETURN size(matches) AS total, matches[$offset..$offset + $limit] AS items""", parameters, page, this::resource);
    }

    /** Codes of the life domains each resource ADDRESSES directly, in the domains' standard order. */
    Map<String, List<String>> lifeDomains(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:CommunityResource {id: id})-[:ADDRESSES]->(l:LifeDomain)
                        WITH id, l ORDER BY l.sortOrder
                        RETURN id, collect(l.code) AS codes""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).strings("codes")));
    }

    /** The expertise terms each resource ADDRESSES, by name. */
    Map<String, List<ResourceExpertise>> expertises(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:CommunityResource {id: id})-[:ADDRESSES]->(e:Expertise)
                        WITH id, e ORDER BY e.name
                        RETURN id, collect(e {.id, .name}) AS expertises""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).rows("expertises").stream()
                        .map(e -> new ResourceExpertise(e.string("id"), e.string("name"))).toList()));
    }

    boolean exists(String id) {
        return neo4j.query("RETURN EXISTS { MATCH (:CommunityResource {id: $id}) } AS found")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    /** Which of the given (lower-case) ids name no node of their label, in one statement. */
    Missing missing(List<String> expertiseIds, List<String> areaIds, List<String> organisationIds) {
        var row = neo4j.query("""
                        RETURN [id IN $expertiseIds WHERE NOT EXISTS { MATCH (:Expertise {id: id}) }] AS expertises,
                               [id IN $areaIds WHERE NOT EXISTS { MATCH (:Area {id: id}) }] AS areas,
                               [id IN $organisationIds WHERE NOT EXISTS { MATCH (:Organisation {id: id}) }] AS organisations""")
                .bindAll(Map.of("expertiseIds", expertiseIds, "areaIds", areaIds, "organisationIds", organisationIds))
                .fetch().one().map(Row::new).orElseThrow();
        return new Missing(new HashSet<>(row.strings("expertises")), new HashSet<>(row.strings("areas")),
                new HashSet<>(row.strings("organisations")));
    }

    /** Writes the properties and replaces every link; the old links go first, so CREATE cannot duplicate one. */
    CommunityResource save(String id, CommunityResourceInput input) {
        return neo4j.query("""
                        MERGE (r:CommunityResource {id: $id})
                        ON CREATE SET r.createdAt = datetime()
                        SET r.name = $name, r.description = $description, r.kind = $kind, r.status = $status,
                            r.minimumAge = $minimumAge, r.maximumAge = $maximumAge, r.languages = $languages,
                            r.free = $free, r.costDescription = $costDescription,
                            r.eligibilityDescription = $eligibilityDescription, r.email = $email, r.phone = $phone,
                            r.website = $website, r.capacity = $capacity, r.lastVerifiedAt = $lastVerifiedAt,
                            r.updatedAt = datetime()
                        %s
                        OPTIONAL MATCH (o:Organisation {id: $organisationId})
                        OPTIONAL MATCH (location:Area {id: $locationId})
                        FOREACH (target IN addressed | CREATE (r)-[:ADDRESSES]->(target))
                        FOREACH (area IN served | CREATE (r)-[:SERVES]->(area))
                        FOREACH (offerer IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (r)-[:OFFERED_BY]->(offerer))
                        FOREACH (area IN CASE WHEN location IS NULL THEN [] ELSE [location] END | CREATE (r)-[:LOCATED_IN]->(area))
                        %s
                        RETURN r {.*} AS r""".formatted(ResourceLinks.REPLACE, ResourceLinks.KEY))
                .bindAll(parameters(id, input))
                .fetch().one().map(r -> resource(Row.of(r.get("r")))).orElseThrow();
    }

    /** Whether the resource is located in the municipality or in an area inside it. */
    boolean locatedIn(String id, String municipalityId) {
        return neo4j.query("""
                        RETURN EXISTS { MATCH (:CommunityResource {id: $id})-[:LOCATED_IN]->(a:Area)
                                        WHERE a.id = $municipalityId
                                           OR EXISTS { (a)-[:PART_OF*1..2]->(:Area {id: $municipalityId}) } } AS inside""")
                .bindAll(Map.of("id", id, "municipalityId", municipalityId))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /** Whether the area is the municipality or lies inside it. */
    boolean areaIn(String areaId, String municipalityId) {
        return neo4j.query("""
                        RETURN EXISTS { MATCH (a:Area {id: $areaId})
                                        WHERE a.id = $municipalityId
                                           OR EXISTS { (a)-[:PART_OF*1..2]->(:Area {id: $municipalityId}) } } AS inside""")
                .bindAll(Map.of("areaId", areaId, "municipalityId", municipalityId))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    CommunityResource verify(String id, LocalDate verifiedAt) {
        return neo4j.query("""
                        MATCH (r:CommunityResource {id: $id})
                        SET r.lastVerifiedAt = $verifiedAt, r.updatedAt = datetime()
                        RETURN r {.*} AS r""")
                .bindAll(Map.of("id", id, "verifiedAt", verifiedAt))
                .fetch().one().map(r -> resource(Row.of(r.get("r")))).orElseThrow();
    }

    /** Records who changed the resource how; the HSDS metadata of the resource. */
    void recordChange(String id, String action, List<String> fields, String changedBy, String source) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("action", action);
        parameters.put("fields", fields);
        parameters.put("changedBy", changedBy);
        parameters.put("source", source);
        neo4j.query("""
                        MATCH (r:CommunityResource {id: $id})
                        CREATE (r)-[:HAS_CHANGE]->(:ResourceChange {id: randomUUID(), action: $action, fields: $fields,
                                changedBy: $changedBy, source: $source, changedAt: datetime(),
                                createdAt: datetime(), updatedAt: datetime()})""")
                .bindAll(parameters)
                .run();
    }

    /** The changes of each resource, newest first. */
    Map<String, List<ResourceChange>> changes(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:CommunityResource {id: id})-[:HAS_CHANGE]->(c:ResourceChange)
                        WITH id, c ORDER BY c.changedAt DESC, c.id
                        RETURN id, collect(c {.*}) AS changes""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("changes").stream().map(ResourceChange::from).toList()));
    }

    void delete(String id) {
        neo4j.query("""
                        MATCH (r:CommunityResource {id: $id})
                        OPTIONAL MATCH (r)-[:HAS_CHANGE]->(c:ResourceChange)
                        DETACH DELETE r, c""").bind(id).to("id").run();
    }

    private static Map<String, Object> parameters(String id, CommunityResourceInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("name", input.name().strip());
        parameters.put("description", input.description());
        parameters.put("kind", input.kind().name());
        parameters.put("status", input.status().name());
        parameters.put("minimumAge", input.minimumAge());
        parameters.put("maximumAge", input.maximumAge());
        parameters.put("languages", input.languages() == null ? List.of() : input.languages().stream().distinct().toList());
        parameters.put("free", input.free());
        parameters.put("costDescription", input.costDescription());
        parameters.put("eligibilityDescription", input.eligibilityDescription());
        parameters.put("email", input.email());
        parameters.put("phone", input.phone());
        parameters.put("website", input.website());
        parameters.put("capacity", input.capacity());
        parameters.put("lastVerifiedAt", input.lastVerifiedAt());
        parameters.put("lifeDomains", input.lifeDomainCodes());
        parameters.put("expertiseIds", lowerCase(input.expertiseIdList()));
        parameters.put("organisationId", input.organisationId() == null ? null : input.organisationId().toLowerCase());
        parameters.put("locationId", input.locationId().toLowerCase());
        parameters.put("servesAreaIds", lowerCase(input.servesAreaIds()));
        return parameters;
    }

    static List<String> lowerCase(List<String> ids) {
        return ids.stream().map(String::toLowerCase).distinct().toList();
    }
}
