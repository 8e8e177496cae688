package nl.netwerkkaart.community;

/**
 * The Cypher that drops a community resource's links and gathers their replacements, shared by the resource's own
 * update and the HSDS import so both write the same shape. It continues from {@code r} and reads
 * {@code $lifeDomains}, {@code $expertiseIds} and {@code $servesAreaIds}; it leaves {@code r}, {@code addressed}
 * (life domains and expertises) and {@code served} (areas) for the caller to link, with its own location and offerer.
 * Old links go first, so a CREATE afterwards cannot duplicate one.
 */
public final class ResourceLinks {

    public static final String REPLACE = """
            WITH r
            OPTIONAL MATCH (r)-[old:ADDRESSES|OFFERED_BY|LOCATED_IN|SERVES]->()
            DELETE old
            WITH DISTINCT r
            OPTIONAL MATCH (l:LifeDomain) WHERE l.code IN $lifeDomains
            WITH r, collect(l) AS domains
            OPTIONAL MATCH (e:Expertise) WHERE e.id IN $expertiseIds
            WITH r, domains, collect(e) AS expertises
            OPTIONAL MATCH (s:Area) WHERE s.id IN $servesAreaIds
            WITH r, domains + expertises AS addressed, collect(s) AS served""";

    /**
     * Keys a resource by its municipality and the id it is exported under (migration V100: one resource per HSDS id
     * per municipality), after its location is linked. Continues from {@code r} and leaves it.
     */
    public static final String KEY = """
            WITH r
            CALL (r) {
              OPTIONAL MATCH (r)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area {kind: 'MUNICIPALITY'})
              WITH r, head(collect(m.id)) AS municipalityId
              SET r.hsdsKey = CASE WHEN municipalityId IS NULL THEN null ELSE municipalityId + ':' + coalesce(r.hsdsId, r.id) END
            }""";

    private ResourceLinks() {
    }
}
