package nl.netwerkkaart.hsds;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The key that holds "one resource per export id per municipality" (migration V100) on resources the service did not
 * write itself: the demo dataset and the benchmark's generated data are loaded after the migrations. At start-up each
 * resource without its key gets it, the oldest first where several would share one. Idempotent.
 */
@Component
class HsdsKeys {

    private static final Logger log = LoggerFactory.getLogger(HsdsKeys.class);

    private final Neo4jClient neo4j;

    HsdsKeys(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        var keyed = neo4j.query("""
                        MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m:Area {kind: 'MUNICIPALITY'})
                        WHERE r.hsdsKey IS NULL
                        WITH m.id + ':' + coalesce(r.hsdsId, r.id) AS key, r ORDER BY r.createdAt, r.id
                        WITH key, head(collect(r)) AS r
                        WHERE NOT EXISTS { MATCH (:CommunityResource {hsdsKey: key}) }
                        SET r.hsdsKey = key
                        RETURN count(r) AS keyed""")
                .fetchAs(Long.class).one().orElse(0L);
        if (keyed > 0) {
            log.info("Keyed {} community resources by municipality and HSDS id", keyed);
        }
    }
}
