package nl.netwerkkaart.hsds;

import java.time.OffsetDateTime;
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

    /**
     * The resources of a municipality: located in it or in an area inside it. Continues from {@code $municipalityId},
     * leaves {@code r}.
     */
    private static final String IN_MUNICIPALITY = """
            MATCH (:Area {id: $municipalityId})<-[:PART_OF*0..2]-(:Area)<-[:LOCATED_IN]-(r:CommunityResource)
            WITH DISTINCT r""";

    /** What an export of a resource needs, from {@code r}. */
    private static final String EXPORT_ROW = """
            MATCH (r)-[:LOCATED_IN]->(a:Area)
            OPTIONAL MATCH (r)-[:OFFERED_BY]->(o:Organisation)
            RETURN r {.*} AS resource, a {.*} AS location, o {.*} AS organisation,
                   COLLECT { MATCH (r)-[:SERVES]->(s:Area) RETURN s {.*} ORDER BY s.name } AS serves,
                   COLLECT { MATCH (r)-[:ADDRESSES]->(l:LifeDomain) RETURN l {.code, .name} ORDER BY l.sortOrder } AS domains,
                   COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise) RETURN e {.id, .name} ORDER BY e.name } AS expertises,
                   COLLECT { MATCH (r)-[:HAS_CHANGE]->(c:ResourceChange) RETURN c {.*} ORDER BY c.changedAt, c.id } AS changes""";

    /**
     * Which services of a municipality a listing shows: full-text words in name or description, a taxonomy term (by the
     * term's HSDS id, a life domain, expertise or kind it stands for), an organisation (by its export id), changed on
     * or after a moment.
     */
    record Filter(String search, String termId, List<String> lifeDomains, List<String> expertiseIds, List<String> kinds,
                  String organizationId, OffsetDateTime modifiedAfter) {

        static final Filter NONE = new Filter(null, null, null, null, null, null, null);
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

    /** Every expertise term with the id of its broader term, by name. */
    List<Row> expertiseTerms() {
        return neo4j.query("""
                        MATCH (e:Expertise)
                        OPTIONAL MATCH (e)-[:BROADER]->(b:Expertise)
                        WITH e, min(b.id) AS broaderId ORDER BY e.name, e.id
                        RETURN e {.id, .name, broaderId: broaderId} AS expertise""")
                .fetch().all().stream().map(r -> Row.of(r.get("expertise"))).toList();
    }

    List<Row> lifeDomains() {
        return neo4j.query("MATCH (l:LifeDomain) RETURN l {.code, .name} AS domain ORDER BY l.sortOrder")
                .fetch().all().stream().map(r -> Row.of(r.get("domain"))).toList();
    }

    /**
     * The municipality's resources that answer to these HSDS ids, by id: one imported under the id, or one made here
     * whose own id it is. The key (V100) finds both; a resource written before its key was set is found by its ids.
     */
    Map<String, Row> services(String municipalityId, Collection<String> hsdsIds) {
        return neo4j.query("""
                        UNWIND $hsdsIds AS hsdsId
                        CALL (hsdsId) {
                          OPTIONAL MATCH (keyed:CommunityResource {hsdsKey: $municipalityId + ':' + hsdsId})
                          WITH keyed WHERE keyed IS NOT NULL
                          RETURN keyed AS r
                          UNION
                          MATCH (r:CommunityResource)-[:LOCATED_IN]->(a:Area)
                          WHERE r.hsdsKey IS NULL AND (r.hsdsId = hsdsId OR (r.hsdsId IS NULL AND r.id = hsdsId))
                            AND (a.id = $municipalityId OR EXISTS { (a)-[:PART_OF*1..2]->(:Area {id: $municipalityId}) })
                          RETURN r
                        }
                        WITH hsdsId, r ORDER BY r.createdAt
                        WITH hsdsId, head(collect(r)) AS r
                        CALL (r) {
                        %s
                        }
                        RETURN hsdsId, resource, location, organisation, serves, domains, expertises, changes""".formatted(EXPORT_ROW))
                .bindAll(Map.of("municipalityId", municipalityId, "hsdsIds", List.copyOf(hsdsIds)))
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("hsdsId"), Row::new, (a, b) -> a));
    }

    /**
     * Writes one service: the resource's own values, the record as it came (without what Netwerkkaart derives), the
     * values read from it (the base of later local edits), its flags and key; its links replaced, its organisation
     * linked, and a change recorded.
     */
    void saveService(String id, Map<String, Object> values, String userId, boolean created) {
        var parameters = new HashMap<>(values);
        parameters.put("id", id);
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
                            r.hsdsId = $hsdsId, r.hsdsKey = $hsdsKey, r.hsdsDocument = $hsdsDocument,
                            r.hsdsBaseline = $hsdsBaseline, r.hsdsFlags = $hsdsFlags, r.hsdsTermIds = $hsdsTermIds,
                            r.locationName = $locationName, r.address = $address, r.latitude = $latitude,
                            r.longitude = $longitude, r.schedules = $schedules, r.contacts = $contacts,
                            r.costOptions = $costOptions, r.taxonomyTerms = $taxonomyTerms, r.updatedAt = datetime()
                        REMOVE r.hsdsFingerprint
                        %s
                        MATCH (location:Area {id: $locationId})
                        FOREACH (target IN addressed | CREATE (r)-[:ADDRESSES]->(target))
                        FOREACH (area IN served | CREATE (r)-[:SERVES]->(area))
                        CREATE (r)-[:LOCATED_IN]->(location)
                        CREATE (r)-[:HAS_CHANGE]->(:ResourceChange {id: randomUUID(), action: $action, fields: ['*'],
                                changedBy: $userId, source: 'hsds-import', changedAt: datetime(),
                                createdAt: datetime(), updatedAt: datetime()})
                        WITH r
                        OPTIONAL MATCH (o:Organisation {id: $organisationId})
                        FOREACH (offerer IN CASE WHEN o IS NULL THEN [] ELSE [o] END | CREATE (r)-[:OFFERED_BY]->(offerer))""".formatted(ResourceLinks.REPLACE))
                .bindAll(parameters)
                .run();
    }

    /**
     * The organisations that answer to these HSDS ids in the municipality, by id: one imported into it under the id,
     * else one of the directory whose own id it is.
     */
    Map<String, Row> organisations(String municipalityId, Collection<String> hsdsIds) {
        return neo4j.query("""
                        UNWIND $hsdsIds AS hsdsId
                        OPTIONAL MATCH (keyed:Organisation {hsdsKey: $municipalityId + ':' + hsdsId})
                        OPTIONAL MATCH (own:Organisation {id: hsdsId}) WHERE own.hsdsId IS NULL
                        WITH hsdsId, coalesce(keyed, own) AS o
                        WHERE o IS NOT NULL
                        RETURN hsdsId, o {.*} AS organisation""")
                .bindAll(Map.of("municipalityId", municipalityId, "hsdsIds", List.copyOf(hsdsIds)))
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("hsdsId"), r -> Row.of(r.get("organisation")), (a, b) -> a));
    }

    /** Writes an organisation imported into a municipality: its own values and the record as it came. */
    void saveOrganisation(String id, Map<String, Object> values) {
        neo4j.query("""
                        MERGE (o:Organisation {id: $id})
                        ON CREATE SET o.createdAt = datetime()
                        SET o.name = $name, o.description = $description, o.email = $email, o.website = $website,
                            o.hsdsId = $hsdsId, o.hsdsKey = $hsdsKey, o.municipalityId = $municipalityId,
                            o.hsdsDocument = $hsdsDocument, o.hsdsBaseline = $hsdsBaseline, o.updatedAt = datetime()""")
                .bindAll(with(values, "id", id))
                .run();
    }

    private static Map<String, Object> with(Map<String, Object> values, String key, Object value) {
        var parameters = new HashMap<>(values);
        parameters.put(key, value);
        return parameters;
    }

    /** Stored records of one type (taxonomy, taxonomy_term, or a table's loose rows) of the municipality, by HSDS id. */
    Map<String, String> records(String municipalityId, String type, Collection<String> hsdsIds) {
        return neo4j.query("""
                        UNWIND $hsdsIds AS hsdsId
                        MATCH (h:HsdsRecord {key: $municipalityId + ':' + $type + ':' + hsdsId})
                        RETURN hsdsId, h.document AS document""")
                .bindAll(Map.of("municipalityId", municipalityId, "type", type, "hsdsIds", List.copyOf(hsdsIds)))
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("hsdsId"), r -> (String) r.get("document"), (a, b) -> a));
    }

    void saveRecords(String municipalityId, String type, List<Map<String, Object>> records) {
        neo4j.query("""
                        UNWIND $records AS record
                        MERGE (h:HsdsRecord {key: $municipalityId + ':' + $type + ':' + record.hsdsId})
                        ON CREATE SET h.createdAt = datetime()
                        SET h.municipalityId = $municipalityId, h.type = $type, h.hsdsId = record.hsdsId,
                            h.document = record.document, h.updatedAt = datetime()""")
                .bindAll(Map.of("municipalityId", municipalityId, "type", type, "records", records))
                .run();
    }

    /** The municipality's stored records of one type, in id order, a page of them, and how many there are. */
    Page<String> records(String municipalityId, String type, String search, int offset, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("municipalityId", municipalityId);
        parameters.put("type", type);
        parameters.put("search", search == null ? null : search.toLowerCase());
        parameters.put("offset", offset);
        parameters.put("end", (long) offset + limit);
        var row = neo4j.query("""
                        MATCH (h:HsdsRecord {municipalityId: $municipalityId, type: $type})
                        WHERE $search IS NULL OR toLower(h.document) CONTAINS $search
                        WITH h ORDER BY h.hsdsId
                        WITH collect(h.document) AS documents
                        RETURN size(documents) AS total, documents[$offset..$end] AS items""")
                .bindAll(parameters).fetch().one().map(Row::new).orElseThrow();
        return new Page<>(row.integer("total"), row.strings("items"));
    }

    /** Every stored record of the municipality, grouped by type, for the tabular export. */
    Map<String, List<String>> allRecords(String municipalityId) {
        return neo4j.query("""
                        MATCH (h:HsdsRecord {municipalityId: $municipalityId})
                        WITH h ORDER BY h.type, h.hsdsId
                        RETURN h.type AS type, collect(h.document) AS documents""")
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("type"), r -> new Row(r).strings("documents")));
    }

    /** One page of a listing, and how many items the whole listing has. */
    record Page<T>(int total, List<T> items) {
    }

    /** The municipality's services that pass the filter, by name, one page of them. */
    Page<Row> services(String municipalityId, Filter filter, int offset, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("municipalityId", municipalityId);
        parameters.put("search", filter.search() == null ? null : filter.search().toLowerCase());
        parameters.put("termId", filter.termId());
        parameters.put("lifeDomains", filter.lifeDomains());
        parameters.put("expertiseIds", filter.expertiseIds());
        parameters.put("kinds", filter.kinds());
        parameters.put("organizationId", filter.organizationId());
        parameters.put("modifiedAfter", filter.modifiedAfter());
        parameters.put("offset", offset);
        parameters.put("end", (long) offset + limit);
        var rows = neo4j.query(IN_MUNICIPALITY + """

                        OPTIONAL MATCH (r)-[:OFFERED_BY]->(offerer:Organisation)
                        WITH r, offerer
                        WHERE ($search IS NULL OR toLower(r.name) CONTAINS $search OR toLower(coalesce(r.description, '')) CONTAINS $search)
                          AND ($organizationId IS NULL OR coalesce(offerer.hsdsId, offerer.id) = $organizationId)
                          AND ($modifiedAfter IS NULL OR r.updatedAt >= $modifiedAfter OR offerer.updatedAt >= $modifiedAfter)
                          AND ($termId IS NULL
                               OR $termId IN coalesce(r.hsdsTermIds, [])
                               OR EXISTS { (r)-[:ADDRESSES]->(l:LifeDomain) WHERE l.code IN coalesce($lifeDomains, []) }
                               OR EXISTS { (r)-[:ADDRESSES]->(e:Expertise) WHERE e.id IN coalesce($expertiseIds, []) }
                               OR r.kind IN coalesce($kinds, []))
                        WITH r ORDER BY r.name, r.id
                        WITH collect(r) AS found
                        WITH size(found) AS total, found[$offset..$end] AS page
                        CALL (page) {
                          UNWIND page AS r
                          CALL (r) {
                          %s
                          }
                          RETURN collect({resource: resource, location: location, organisation: organisation, serves: serves,
                                          domains: domains, expertises: expertises, changes: changes}) AS rows
                        }
                        RETURN total, rows""".formatted(EXPORT_ROW))
                .bindAll(parameters)
                .fetch().one().map(Row::new).orElseThrow();
        return new Page<>(rows.integer("total"), rows.rows("rows"));
    }

    /** Every service of the municipality, by name, for the exports. */
    List<Row> allServices(String municipalityId) {
        return neo4j.query(IN_MUNICIPALITY + """

                        WITH r ORDER BY r.name, r.id
                        CALL (r) {
                        %s
                        }
                        RETURN resource, location, organisation, serves, domains, expertises, changes""".formatted(EXPORT_ROW))
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream().map(Row::new).toList();
    }

    /** The organisations offering the municipality's services, and those imported into it, by name. */
    List<Row> organisationsOf(String municipalityId) {
        return neo4j.query("""
                        CALL () {
                          %s
                          MATCH (r)-[:OFFERED_BY]->(o:Organisation)
                          RETURN o
                          UNION
                          MATCH (o:Organisation {municipalityId: $municipalityId})
                          RETURN o
                        }
                        WITH DISTINCT o ORDER BY o.name, o.id
                        RETURN o {.*} AS organisation""".formatted(IN_MUNICIPALITY))
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream().map(r -> Row.of(r.get("organisation"))).toList();
    }

    /** The organisation that answers to this HSDS id in the municipality (imported into it, or offering one of its services). */
    List<Row> organisation(String municipalityId, String hsdsId) {
        return organisationsOf(municipalityId).stream()
                .filter(o -> hsdsId.equalsIgnoreCase(o.string("hsdsId") != null ? o.string("hsdsId") : o.string("id")))
                .toList();
    }

    /** The HSDS feed a municipality pulls from, with when its last complete pull started; null when never pulled. */
    OffsetDateTime lastPull(String municipalityId, String baseUrl) {
        return neo4j.query("MATCH (f:HsdsFeed {key: $municipalityId + ' ' + $baseUrl}) RETURN f.lastPulledAt AS at")
                .bindAll(Map.of("municipalityId", municipalityId, "baseUrl", baseUrl))
                .fetchAs(java.time.ZonedDateTime.class).one().map(java.time.ZonedDateTime::toOffsetDateTime).orElse(null);
    }

    void recordPull(String municipalityId, String baseUrl, OffsetDateTime startedAt) {
        neo4j.query("""
                        MERGE (f:HsdsFeed {key: $municipalityId + ' ' + $baseUrl})
                        ON CREATE SET f.createdAt = datetime(), f.municipalityId = $municipalityId, f.baseUrl = $baseUrl
                        SET f.lastPulledAt = $startedAt, f.updatedAt = datetime()""")
                .bindAll(Map.of("municipalityId", municipalityId, "baseUrl", baseUrl, "startedAt", startedAt))
                .run();
    }
}
