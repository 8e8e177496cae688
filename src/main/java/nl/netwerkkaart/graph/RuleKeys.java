package nl.netwerkkaart.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>
 * Once a check finds nothing left to key, a marker node ({@code :RuleKeysChecked}) records the rule set it checked
 * ({@link #RULE_SET}); a later start that finds the marker of the current rule set does not look at the data at all
 * (a database whose data all holds its keys stays so: the service writes every key with the element it belongs to).
 * The check without the marker scans what it asks about, tens of seconds on a region database (docs/scaling.md). A
 * database an older release wrote has no marker and is checked, and so is one after a release whose rule set changed.
 * Whatever writes data without its keys (the demo data loader in its own transaction, the benchmark's generator before
 * it writes, an import by hand) removes the marker ({@link #UNMARK}), so the next start checks and keys that data.
 */
@Component
public class RuleKeys {

    private static final Logger log = LoggerFactory.getLogger(RuleKeys.class);

    // One statement per rule; each sets the key only where no other element holds it yet. Each works parent by parent
    // (tie, family, question, session, person, municipality: the key's scope) and commits in batches, so a large
    // database that lacks its keys (an upgrade, a generated or imported data set) is keyed without one huge transaction.
    // The outer reads never look a key up: in a writing statement such a lookup locks the key's index entry for the
    // outer transaction, and the batch setting that key would wait for it for ever. The relationship keys' lookups are
    // told to seek their index: on a database whose index was empty when the statement was planned (a generated or
    // imported one, never keyed) the planner took a scan of the whole index per row for free, which made setting
    // 27,584 keys of resource uses a quarter of an hour (20-30 a second) on a region database (docs/scaling.md).
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
              WHERE NOT EXISTS { MATCH ()-[o:PARTICIPATES_IN {participantKey: key}]->() USING INDEX SEEK o:PARTICIPATES_IN(participantKey) }
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
              WHERE NOT EXISTS { MATCH ()-[o:USES {openKey: key}]->() USING INDEX SEEK o:USES(openKey) }
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
     * without their key). It scans what it checks, so on a region database it takes tens of seconds (docs/scaling.md),
     * which is why a start with the marker does not ask it.
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

    /**
     * The rule set the marker records: a digest of the statements above and the check, so any change to what is
     * keyed, or how, makes the next start check the data again.
     */
    public static final String RULE_SET = digest(RULES, ANYTHING_TO_KEY);

    /** Whether the marker of the current rule set is there; one label lookup of one node, whatever the data's size. */
    private static final String MARKED = """
            RETURN EXISTS { MATCH (m:RuleKeysChecked) WHERE m.ruleSet = $ruleSet } AS marked""";

    /** Records that no element of the current rule set lacks its key. */
    private static final String MARK = """
            MERGE (m:RuleKeysChecked)
            SET m.ruleSet = $ruleSet, m.checkedAt = datetime()""";

    /** For a writer of data without its keys, in its own transaction: the next start checks the data again. */
    public static final String UNMARK = "MATCH (m:RuleKeysChecked) DELETE m";

    /** One rule's statement, named for the log by the kind of element it keys. */
    private record Rule(String name, String statement) {
    }

    private final Neo4jClient neo4j;
    private final TieRepair ties;

    RuleKeys(Neo4jClient neo4j, TieRepair ties) {
        this.neo4j = neo4j;
        this.ties = ties;
    }

    /** What a start did: trusted the marker, checked and found nothing, or set keys. */
    public enum Outcome { MARKED, NOTHING_TO_SET, KEYED }

    /**
     * Run by {@link DatabaseStartup} after the migrations and demo data: nothing when the marker of the current rule
     * set is there, else {@link #check()}.
     */
    Outcome apply() {
        long started = System.nanoTime();
        if (neo4j.query(MARKED).bindAll(Map.of("ruleSet", RULE_SET)).fetchAs(Boolean.class).one().orElse(false)) {
            log.info("Rule keys all set (rule set {} checked before), looked up in {} ms", RULE_SET,
                    (System.nanoTime() - started) / 1_000_000);
            return Outcome.MARKED;
        }
        return check();
    }

    /**
     * Asks the data whether anything lacks its key, repairs the ties and sets the missing keys if so, and marks the
     * database once nothing is left. Where elements that lost to an older one of the same key stay without it (old
     * duplicates) there is no marker, and every start checks again, as every start did before the marker.
     */
    public Outcome check() {
        long started = System.nanoTime();
        if (!anythingToKey()) {
            mark();
            log.info("Rule keys checked in {} ms; nothing to set", (System.nanoTime() - started) / 1_000_000);
            return Outcome.NOTHING_TO_SET;
        }
        var repaired = ties.repair();
        var keyed = key();
        if (repaired > 0) {
            log.warn("Repaired {} network ties with several open versions", repaired);
        }
        boolean left = anythingToKey();
        if (!left) {
            mark();
        }
        log.info("Rule keys checked in {} ms; set on {}{}", (System.nanoTime() - started) / 1_000_000, keyed,
                left ? "; some elements stay without their key (another holds it), so the next start checks again" : "");
        return Outcome.KEYED;
    }

    private boolean anythingToKey() {
        return neo4j.query(ANYTHING_TO_KEY).fetchAs(Boolean.class).one().orElse(true);
    }

    private void mark() {
        neo4j.query(MARK).bindAll(Map.of("ruleSet", RULE_SET)).run();
    }

    private static String digest(List<Rule> rules, String check) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            for (var rule : rules) {
                sha.update((rule.name() + "\n" + rule.statement() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            sha.update(check.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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
