package nl.netwerkkaart.area;

/**
 * How other nodes point at areas. Each link has its own Cypher with a fixed label, so lookups use the id
 * constraint's index; the statements are batched over all parents of a GraphQL list at once.
 */
public enum AreaLink {

    ORGANISATION_BASED_IN("""
            UNWIND $ids AS id
            MATCH (:Organisation {id: id})-[:BASED_IN]->(a:Area)
            WITH id, a ORDER BY a.name
            RETURN id, collect(a {.*}) AS areas"""),
    PROFESSIONAL_SERVES("""
            UNWIND $ids AS id
            MATCH (:Professional {id: id})-[:SERVES]->(a:Area)
            WITH id, a ORDER BY a.name
            RETURN id, collect(a {.*}) AS areas"""),
    RESOURCE_LOCATED_IN("""
            UNWIND $ids AS id
            MATCH (:CommunityResource {id: id})-[:LOCATED_IN]->(a:Area)
            WITH id, a ORDER BY a.name
            RETURN id, collect(a {.*}) AS areas"""),
    RESOURCE_SERVES("""
            UNWIND $ids AS id
            MATCH (:CommunityResource {id: id})-[:SERVES]->(a:Area)
            WITH id, a ORDER BY a.name
            RETURN id, collect(a {.*}) AS areas"""),
    FAMILY_LIVES_IN("""
            UNWIND $ids AS id
            MATCH (:Family {id: id})-[:LIVES_IN]->(a:Area)
            WITH id, a ORDER BY a.name
            RETURN id, collect(a {.*}) AS areas""");

    final String cypher;

    AreaLink(String cypher) {
        this.cypher = cypher;
    }
}
