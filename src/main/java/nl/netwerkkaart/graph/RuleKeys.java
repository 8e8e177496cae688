package nl.netwerkkaart.graph;

import java.util.LinkedHashMap;
import java.util.List;

import nl.netwerkkaart.network.TieRepair;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The keys by which the database holds the "at most one X per Y" rules (migrations V060 and V100) on data the service
 * did not write itself: the demo dataset, the benchmark's generated data, an import or a hand-written statement.
 * Without its key such data sits outside the uniqueness constraints. At start-up, after the migrations, the demo data
 * and the tie repair, each open tie version, open tie, open match, invitation, open resource use and community
 * resource (one per HSDS id per municipality) without its key gets it, the oldest first when several would share one
 * (the service's own locks keep those apart; the key then marks the one that holds). Idempotent: a later start finds
 * nothing to do.
 */
@Component
class RuleKeys {

    private static final Logger log = LoggerFactory.getLogger(RuleKeys.class);

    // One statement per rule; each sets the key only where no other element holds it yet. Each works parent by parent
    // (tie, family, question, session, person, municipality: the key's scope) and commits in batches, so a large
    // database that lacks its keys (an upgrade, a generated or imported data set) is keyed without one huge transaction.
    // The outer reads never look a key up: in a writing statement such a lookup locks the key's index entry for the
    // outer transaction, and the batch setting that key would wait for it for ever.
    private static final List<Rule> RULES = List.of(
            new Rule("tie versions", """
            MATCH (t:NetworkTie)
            WHERE EXISTS { (t)<-[:VERSION_OF]-(v:NetworkTieVersion) WHERE v.validTo IS NULL AND v.currentOf IS NULL }
            CALL (t) {
              MATCH (t)<-[:VERSION_OF]-(v:NetworkTieVersion)
              WHERE v.validTo IS NULL AND NOT EXISTS { MATCH (:NetworkTieVersion {currentOf: t.id}) }
              WITH v ORDER BY v.validFrom DESC, v.createdAt DESC, v.id DESC LIMIT 1
              SET v.currentOf = t.id
              RETURN count(v) AS keyed
            } IN TRANSACTIONS OF 10000 ROWS
            RETURN sum(keyed) AS keyed"""),
            new Rule("ties", """
            MATCH (f:Family)
            WHERE EXISTS { (f)<-[:OF_FAMILY]-(t:NetworkTie) WHERE t.pairKey IS NULL }
            CALL (f) {
              MATCH (f)<-[:OF_FAMILY]-(t:NetworkTie)<-[:VERSION_OF]-(:NetworkTieVersion {currentOf: t.id})
              WHERE t.pairKey IS NULL
              MATCH (t)-[:FROM]->(a:Person), (t)-[:TO]->(b:Person)
              WITH t, f.id + ':' + CASE WHEN a.id < b.id THEN a.id + ':' + b.id ELSE b.id + ':' + a.id END AS key
              ORDER BY t.createdAt, t.id
              WITH key, head(collect(t)) AS t
              WHERE NOT EXISTS { MATCH (:NetworkTie {pairKey: key}) }
              SET t.pairKey = key
              RETURN count(t) AS keyed
            } IN TRANSACTIONS OF 1000 ROWS
            RETURN sum(keyed) AS keyed"""),
            new Rule("matches", """
            MATCH (h:HelpQuestion)
            WHERE EXISTS { (h)<-[:FOR_QUESTION]-(m:Match) WHERE m.status <> 'CLOSED' AND m.openKey IS NULL }
            CALL (h) {
              MATCH (h)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x)
              WHERE m.status <> 'CLOSED' AND m.openKey IS NULL
              WITH h.id + ':' + x.id AS key, m ORDER BY m.proposedAt, m.id
              WITH key, head(collect(m)) AS m
              WHERE NOT EXISTS { MATCH (:Match {openKey: key}) }
              SET m.openKey = key
              RETURN count(m) AS keyed
            } IN TRANSACTIONS OF 1000 ROWS
            RETURN sum(keyed) AS keyed"""),
            new Rule("invitations", """
            MATCH (t:TentSession)
            WHERE EXISTS { (:Professional)-[r:PARTICIPATES_IN]->(t) WHERE r.participantKey IS NULL }
            CALL (t) {
              MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t)
              WHERE r.participantKey IS NULL
              WITH p.id + ':' + t.id AS key, r ORDER BY r.invitedAt
              WITH key, head(collect(r)) AS r
              WHERE NOT EXISTS { MATCH ()-[:PARTICIPATES_IN {participantKey: key}]->() }
              SET r.participantKey = key
              RETURN count(r) AS keyed
            } IN TRANSACTIONS OF 1000 ROWS
            RETURN sum(keyed) AS keyed"""),
            new Rule("resource uses", """
            MATCH (p:Person)
            WHERE EXISTS { (p)-[u:USES]->(:CommunityResource) WHERE u.validTo IS NULL AND u.openKey IS NULL }
            CALL (p) {
              MATCH (p)-[u:USES]->(c:CommunityResource)
              WHERE u.validTo IS NULL AND u.openKey IS NULL
              WITH p.id + ':' + c.id AS key, u ORDER BY u.validFrom, u.createdAt
              WITH key, head(collect(u)) AS u
              WHERE NOT EXISTS { MATCH ()-[:USES {openKey: key}]->() }
              SET u.openKey = key
              RETURN count(u) AS keyed
            } IN TRANSACTIONS OF 1000 ROWS
            RETURN sum(keyed) AS keyed"""),
            new Rule("community resources", """
            MATCH (m:Area {kind: 'MUNICIPALITY'})
            CALL (m) {
              MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m)
              WHERE r.hsdsKey IS NULL
              WITH m.id + ':' + coalesce(r.hsdsId, r.id) AS key, r ORDER BY r.createdAt, r.id
              WITH key, head(collect(r)) AS r
              WHERE NOT EXISTS { MATCH (:CommunityResource {hsdsKey: key}) }
              SET r.hsdsKey = key
              RETURN count(r) AS keyed
            } IN TRANSACTIONS OF 10 ROWS
            RETURN sum(keyed) AS keyed"""));

    /**
     * Whether any of the statements above could set a key: for each, the elements it looks at without their key (or,
     * for the ties' repair and versions, an open version without its key). One read, so that a start on a database
     * whose data all holds its keys, the usual case, plans and runs one statement instead of seven (3.2 s of each
     * start on the idle machine, most of it planning cold statements). Errs towards true: then all of them run, and
     * so they do on every start of a database that holds old duplicates (the elements that lost to the oldest stay
     * without their key). It scans what it checks, so on a region database it takes tens of seconds (docs/scaling.md).
     */
    private static final String ANYTHING_TO_KEY = """
            RETURN EXISTS { MATCH (v:NetworkTieVersion) WHERE v.validTo IS NULL AND v.currentOf IS NULL }
                OR EXISTS { MATCH (t:NetworkTie)<-[:VERSION_OF]-(:NetworkTieVersion {currentOf: t.id}) WHERE t.pairKey IS NULL }
                OR EXISTS { MATCH (:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->()
                            WHERE m.status <> 'CLOSED' AND m.openKey IS NULL }
                OR EXISTS { MATCH (:Professional)-[r:PARTICIPATES_IN]->(:TentSession) WHERE r.participantKey IS NULL }
                OR EXISTS { MATCH (:Person)-[u:USES]->(:CommunityResource) WHERE u.validTo IS NULL AND u.openKey IS NULL }
                OR EXISTS { MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(:Area {kind: 'MUNICIPALITY'})
                            WHERE r.hsdsKey IS NULL } AS anything""";

    /** One rule's statement, named for the log by the kind of element it keys. */
    private record Rule(String name, String statement) {
    }

    private final Neo4jClient neo4j;
    private final TieRepair ties;

    RuleKeys(Neo4jClient neo4j, TieRepair ties) {
        this.neo4j = neo4j;
        this.ties = ties;
    }

    /** Repairs the ties and sets the missing keys; run by {@link DatabaseStartup} after the migrations and demo data. */
    void apply() {
        long started = System.nanoTime();
        if (!neo4j.query(ANYTHING_TO_KEY).fetchAs(Boolean.class).one().orElse(true)) {
            log.info("Rule keys checked in {} ms; nothing to set", (System.nanoTime() - started) / 1_000_000);
            return;
        }
        var repaired = ties.repair();
        var keyed = key();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (repaired > 0) {
            log.warn("Repaired {} network ties with several open versions", repaired);
        }
        log.info("Rule keys checked in {} ms; set on {}", millis, keyed);
    }

    /** Sets the missing keys; how many of each kind got one. */
    LinkedHashMap<String, Long> key() {
        var keyed = new LinkedHashMap<String, Long>();
        for (var rule : RULES) {
            keyed.put(rule.name(), neo4j.query(rule.statement()).fetchAs(Long.class).one().orElse(0L));
        }
        return keyed;
    }
}
