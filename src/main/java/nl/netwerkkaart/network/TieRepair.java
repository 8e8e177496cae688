package nl.netwerkkaart.network;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Repairs ties that have several open versions, which concurrent edits could leave before migration V060 and which
 * a writer that does not set the {@code currentOf} key (an import, a hand-written statement) could still leave: the
 * newest version stays open, each other one closes where the newest starts, so the map shows the tie once and
 * updating, ending and reading its history work again. Runs at start-up, before the missing rule keys are set
 * ({@code graph.RuleKeys}); it is idempotent, and when nothing is wrong it only looks for open versions without the
 * key, never sorting or grouping the others.
 */
@Component
public class TieRepair {

    private final Neo4jClient neo4j;

    TieRepair(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Closes all but the newest open version of each tie that has several; returns the number of ties repaired. */
    public long repair() {
        return neo4j.query("""
                        // the currentOf key is unique, so only a tie with an open version lacking it can have several;
                        // tie by tie in batches, so a large database is repaired without one huge transaction
                        MATCH (t:NetworkTie)
                        WHERE EXISTS { (t)<-[:VERSION_OF]-(keyless:NetworkTieVersion)
                                       WHERE keyless.validTo IS NULL AND keyless.currentOf IS NULL }
                        CALL (t) {
                          MATCH (t)<-[:VERSION_OF]-(v:NetworkTieVersion)
                          WHERE v.validTo IS NULL
                          WITH v ORDER BY v.validFrom DESC, v.createdAt DESC, v.id DESC
                          WITH collect(v) AS open
                          WHERE size(open) > 1
                          WITH head(open) AS newest, tail(open) AS others
                          FOREACH (v IN others | SET v.validTo = newest.validFrom, v.updatedAt = datetime() REMOVE v.currentOf)
                          SET newest.currentOf = t.id, t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime()
                          RETURN t AS repaired
                        } IN TRANSACTIONS OF 10000 ROWS
                        RETURN count(repaired) AS repaired""")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
