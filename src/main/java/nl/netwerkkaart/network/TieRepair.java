package nl.netwerkkaart.network;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Repairs ties that have several open versions, which concurrent edits could leave before migration V060 and which
 * a writer that does not set the {@code currentOf} key (an import, a hand-written statement) could still leave: the
 * newest version stays open, each other one closes where the newest starts, so the map shows the tie once and
 * updating, ending and reading its history work again. Runs at start-up, once the migrations are applied; it is
 * idempotent, writes nothing when nothing is wrong and then only reads the open versions.
 */
@Component
public class TieRepair {

    private static final Logger log = LoggerFactory.getLogger(TieRepair.class);

    private final Neo4jClient neo4j;

    TieRepair(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        long started = System.nanoTime();
        var repaired = repair();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (repaired > 0) {
            log.warn("Repaired {} network ties with several open versions in {} ms", repaired, millis);
        }
        else {
            log.info("Checked network ties for several open versions in {} ms: none", millis);
        }
    }

    /** Closes all but the newest open version of each tie that has several; returns the number of ties repaired. */
    public long repair() {
        return neo4j.query("""
                        MATCH (t:NetworkTie)<-[:VERSION_OF]-(v:NetworkTieVersion)
                        WHERE v.validTo IS NULL
                        WITH t, v ORDER BY v.validFrom DESC, v.createdAt DESC, v.id DESC
                        WITH t, collect(v) AS open
                        WHERE size(open) > 1
                        WITH t, head(open) AS newest, tail(open) AS others
                        FOREACH (v IN others | SET v.validTo = newest.validFrom, v.updatedAt = datetime() REMOVE v.currentOf)
                        SET newest.currentOf = t.id, t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime()
                        RETURN count(t) AS repaired""")
                .fetchAs(Long.class).one().orElse(0L);
    }
}
