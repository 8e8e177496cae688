package nl.netwerkkaart.graph;

import java.util.Map;

import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data the service did not write itself (here the demo dataset, loaded by statements of its own) still falls under the
 * database's "at most one" rules: at start-up every open element gets its key.
 */
class RuleKeysTest extends GraphQlTestSupport {

    @Autowired
    private RuleKeys keys;

    @Test
    void the_demo_data_holds_every_rule_key_after_start_up() {
        keys.key();
        var missing = neo4j.query("""
                        RETURN COUNT { MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(:NetworkTie)
                                       WHERE v.validTo IS NULL AND v.currentOf IS NULL } AS versions,
                               COUNT { MATCH (t:NetworkTie)<-[:VERSION_OF]-(:NetworkTieVersion {currentOf: t.id})
                                       WHERE t.pairKey IS NULL } AS ties,
                               COUNT { MATCH (m:Match)-[:FOR_QUESTION]->(:HelpQuestion)
                                       WHERE m.status <> 'CLOSED' AND m.openKey IS NULL } AS matches,
                               COUNT { MATCH ()-[r:PARTICIPATES_IN]->() WHERE r.participantKey IS NULL } AS invitations,
                               COUNT { MATCH ()-[u:USES]->() WHERE u.validTo IS NULL AND u.openKey IS NULL } AS uses,
                               COUNT { MATCH (r:CommunityResource)-[:LOCATED_IN]->() WHERE r.hsdsKey IS NULL } AS resources""")
                .fetch().one().orElseThrow();
        assertThat(missing).isEqualTo(Map.of("versions", 0L, "ties", 0L, "matches", 0L, "invitations", 0L, "uses", 0L,
                "resources", 0L));
        assertThat(keys.key()).as("a second run finds nothing to do").allSatisfy((kind, count) -> assertThat(count).isZero());
    }
}
