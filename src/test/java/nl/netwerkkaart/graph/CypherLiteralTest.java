package nl.netwerkkaart.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo data's {@code UNWIND [...] AS row} lists become parameters exactly as Neo4j would read the literals. */
class CypherLiteralTest {

    @Test
    void a_list_of_maps_becomes_the_rows_parameter() {
        var unwind = CypherLiteral.unwind("""
                UNWIND [
                  {id: 'a', name: 'Baby\\'s en peuters', ring: 2, latitude: 51.35, free: true, note: null,
                   members: [{givenName: "Mark", languages: ['nl', 'en']}], scores: [], extra: {}},
                  {id: 'b', ring: -1, size: 1.5e3}
                ] AS row
                MERGE (x:Thing {id: row.id})""").orElseThrow();

        assertThat(unwind.statement()).isEqualTo("UNWIND $rows AS row\nMERGE (x:Thing {id: row.id})");
        var first = new HashMap<String, Object>();
        first.put("id", "a");
        first.put("name", "Baby's en peuters");
        first.put("ring", 2L);
        first.put("latitude", 51.35);
        first.put("free", true);
        first.put("note", null);
        first.put("members", List.of(Map.of("givenName", "Mark", "languages", List.of("nl", "en"))));
        first.put("scores", List.of());
        first.put("extra", Map.of());
        assertThat(unwind.rows()).containsExactly(first, Map.of("id", "b", "ring", -1L, "size", 1500.0));
    }

    @Test
    void statements_with_expressions_in_the_list_or_of_another_form_stay_as_written() {
        assertThat(CypherLiteral.unwind("UNWIND [{since: date() - duration('P1D')}] AS row CREATE (:X {since: row.since})")).isEmpty();
        assertThat(CypherLiteral.unwind("UNWIND [1, 2 + 3] AS i CREATE (:X {i: i})")).isEmpty();
        assertThat(CypherLiteral.unwind("UNWIND $rows AS row CREATE (:X)")).isEmpty();
        assertThat(CypherLiteral.unwind("MATCH (n) RETURN n")).isEmpty();
        assertThat(CypherLiteral.unwind("UNWIND ['unterminated AS row RETURN row")).isEmpty();
        assertThat(Arrays.asList(CypherLiteral.unwind("unwind [true, false, null] as flag RETURN flag").orElseThrow().rows().toArray()))
                .containsExactly(true, false, null);
    }
}
