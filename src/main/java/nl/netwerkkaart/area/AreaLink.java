package nl.netwerkkaart.area;

/**
 * How other nodes point at areas. Each link has one projection (a node's areas, ordered by name), which its batch
 * statement uses and which other statements that read a node with its areas share ({@link #areasOf}), so both answer
 * alike. The batch statement matches the node by its fixed label, so lookups use the id constraint's index, and runs
 * over all parents of a GraphQL list at once.
 */
public enum AreaLink {

    ORGANISATION_BASED_IN("Organisation", "BASED_IN"),
    PROFESSIONAL_SERVES("Professional", "SERVES"),
    RESOURCE_LOCATED_IN("CommunityResource", "LOCATED_IN"),
    RESOURCE_SERVES("CommunityResource", "SERVES"),
    FAMILY_LIVES_IN("Family", "LIVES_IN");

    private final String relationship;
    final String cypher;

    AreaLink(String label, String relationship) {
        this.relationship = relationship;
        this.cypher = """
                UNWIND $ids AS id
                MATCH (n:%s {id: id})
                RETURN id, %s AS areas""".formatted(label, areasOf("n"));
    }

    /**
     * The areas the node bound to {@code node} is linked to, each as a map of its properties, ordered by name: a
     * Cypher expression for a statement's RETURN or projection.
     */
    public String areasOf(String node) {
        return "COLLECT { MATCH (%s)-[:%s]->(a:Area) RETURN a {.*} ORDER BY a.name }".formatted(node, relationship);
    }
}
