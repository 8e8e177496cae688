package nl.netwerkkaart.graph;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.graph.RuleKeys.Outcome;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data the service did not write itself (here the demo dataset, loaded by statements of its own) still falls under the
 * database's "at most one" rules: at start-up every open element gets its key. Once all have it, a marker of the rule
 * set spares later starts the check, which scans the data; without the marker, or with an older rule set's, the data
 * is checked and keyed again.
 */
class RuleKeysTest extends GraphQlTestSupport {

    /** An open resource use of the demo data, by its element id, and its key. */
    private static final String AN_OPEN_USE = """
            MATCH ()-[u:USES]->() WHERE u.validTo IS NULL AND u.openKey IS NOT NULL
            RETURN elementId(u) AS id, u.openKey AS key ORDER BY u.openKey LIMIT 1""";

    /** An open tie version of the demo data, by its element id, and its key. */
    private static final String AN_OPEN_VERSION = """
            MATCH (v:NetworkTieVersion) WHERE v.validTo IS NULL AND v.currentOf IS NOT NULL
            RETURN elementId(v) AS id, v.currentOf AS key ORDER BY v.currentOf LIMIT 1""";

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
        assertThat(markers()).as("the start-up marked the rule set it checked").containsExactly(RuleKeys.RULE_SET);
    }

    @Test
    void with_the_current_rule_sets_marker_a_start_does_not_look_at_the_data() {
        var use = neo4j.query(AN_OPEN_USE).fetch().one().orElseThrow();
        try {
            removeKey("MATCH ()-[u]->() WHERE elementId(u) = $id REMOVE u.openKey", use);
            assertThat(keys.apply()).isEqualTo(Outcome.MARKED);
            assertThat(useKey(use)).as("the marker is trusted: no scan, so the key stays missing").isNull();
        }
        finally {
            assertThat(keys.check()).isEqualTo(Outcome.KEYED);
        }
        assertThat(useKey(use)).isEqualTo(use.get("key"));
        assertThat(markers()).containsExactly(RuleKeys.RULE_SET);
    }

    @Test
    void a_database_without_the_marker_or_with_an_older_rule_sets_gets_its_missing_keys() {
        var use = neo4j.query(AN_OPEN_USE).fetch().one().orElseThrow();
        var version = neo4j.query(AN_OPEN_VERSION).fetch().one().orElseThrow();
        try {
            // as an older release left it: its rule set's marker, data without some keys
            neo4j.query("MATCH (m:RuleKeysChecked) SET m.ruleSet = 'an older rule set'").run();
            removeKey("MATCH ()-[u]->() WHERE elementId(u) = $id REMOVE u.openKey", use);
            removeKey("MATCH (v) WHERE elementId(v) = $id REMOVE v.currentOf", version);

            assertThat(keys.apply()).isEqualTo(Outcome.KEYED);
            assertThat(useKey(use)).isEqualTo(use.get("key"));
            assertThat(neo4j.query("MATCH (v) WHERE elementId(v) = $id RETURN v.currentOf").bind(version.get("id")).to("id")
                    .fetchAs(String.class).one()).contains((String) version.get("key"));
            assertThat(markers()).containsExactly(RuleKeys.RULE_SET);

            // as a release before the marker left it: no marker at all, every key set
            neo4j.query(RuleKeys.UNMARK).run();
            assertThat(keys.apply()).isEqualTo(Outcome.NOTHING_TO_SET);
            assertThat(markers()).containsExactly(RuleKeys.RULE_SET);
            assertThat(keys.apply()).as("the next start trusts the marker").isEqualTo(Outcome.MARKED);
        }
        finally {
            keys.check();
        }
    }

    private void removeKey(String statement, Map<String, Object> element) {
        neo4j.query(statement).bind(element.get("id")).to("id").run();
    }

    private Object useKey(Map<String, Object> use) {
        return neo4j.query("MATCH ()-[u]->() WHERE elementId(u) = $id RETURN u.openKey AS key").bind(use.get("id")).to("id")
                .fetch().one().orElseThrow().get("key");
    }

    private List<String> markers() {
        return neo4j.query("MATCH (m:RuleKeysChecked) RETURN m.ruleSet").fetchAs(String.class).all().stream().toList();
    }
}
