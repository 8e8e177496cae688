package nl.netwerkkaart.family;

/** Cypher fragments about a family's whole subgraph, in one place for every feature that needs them. */
public final class FamilyGraph {

    /**
     * Deletes the family {@code f} with its help questions and their matches and analyses, consents, tent sessions
     * with their agreements, handover notes, network ties (with their versions), assessments and the resource uses
     * its map recorded, and the members and network persons who belong to no other family (as member or in its
     * network) together with every relationship they have; the others only lose their MEMBER_OF or IN_NETWORK_OF.
     * An active match gives its professional's place back, as closing it would. Leaves {@code helpQuestions} and
     * {@code persons} (how many were deleted) in scope. Used by deleting a family that nothing refers to, and by
     * erasing one (AVG), so the two can never leave different remains.
     */
    public static final String DELETE = """
            CALL (f) {
              MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)
              OPTIONAL MATCH (m)-[:WITH_HELPER]->(p:Professional)
              FOREACH (_ IN CASE WHEN p IS NOT NULL AND m.status IN ['CONFIRMED', 'STARTED'] THEN [1] ELSE [] END |
                SET p.capacity = coalesce(p.capacity, 0) + 1, p.updatedAt = datetime())
              DETACH DELETE m
            }
            CALL (f) {
              MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:EXPLAINS]-(a:Analysis)
              OPTIONAL MATCH (a)-[:HAS_HYPOTHESIS|PROTECTED_BY]->(part)
              OPTIONAL MATCH (part)-[:SUPPORTED_BY|CONTRADICTED_BY]->(evidence:AnalysisFactor)
              WITH collect(DISTINCT a) + collect(DISTINCT part) + collect(DISTINCT evidence) AS analyses
              UNWIND analyses AS node
              DETACH DELETE node
            }
            CALL (f) {
              MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
              MATCH (t)-[:AGREED]->(g:Agreement)
              DETACH DELETE g
            }
            CALL (f) {
              MATCH (n:HandoverNote)-[:FOR_FAMILY]->(f)
              DETACH DELETE n
            }
            CALL (f) {
              MATCH (f)-[:RAISED]->(h:HelpQuestion)
              DETACH DELETE h
              RETURN count(h) AS helpQuestions
            }
            CALL (f) {
              MATCH (f)-[:HAS_CONSENT]->(c:Consent)
              DETACH DELETE c
            }
            CALL (f) {
              MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
              DETACH DELETE t
            }
            CALL (f) {
              MATCH (t:NetworkTie)-[:OF_FAMILY]->(f)
              OPTIONAL MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t)
              DETACH DELETE v, t
            }
            CALL (f) {
              MATCH (a:Assessment)-[:OF_FAMILY]->(f)
              DETACH DELETE a
            }
            CALL (f) {
              MATCH (:Person)-[u:USES {familyId: f.id}]->(:CommunityResource)
              DELETE u
            }
            CALL (f) {
              MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
              WITH DISTINCT p
              WHERE NOT EXISTS { (p)-[:MEMBER_OF|IN_NETWORK_OF]->(other:Family) WHERE other <> f }
              DETACH DELETE p
              RETURN count(p) AS persons
            }
            DETACH DELETE f""";

    private FamilyGraph() {
    }
}
