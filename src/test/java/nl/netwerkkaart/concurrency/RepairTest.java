package nl.netwerkkaart.concurrency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.network.TieRepair;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Corrupt data as concurrent requests could leave it before migration V060 (issue 15), written straight into the
 * database without the keys the service now sets: the migration's repairs and {@link TieRepair} make it whole again,
 * and the API reads and changes it without errors.
 */
class RepairTest extends FamilyTestSupport {

    @Autowired
    private TieRepair repair;

    @Test
    void a_tie_with_several_current_versions_is_repaired_on_start_up_and_then_edits_again() {
        var family = createFamily("Gezin Hersteld " + tag());
        var tie = corruptTie(family, 20);
        assertThat(openVersions(tie)).isEqualTo(20);

        assertThat(repair.repair()).isGreaterThanOrEqualTo(1);

        assertThat(openVersions(tie)).isEqualTo(1);
        assertThat(repair.repair()).isZero();
        graphQl.document("query($id: ID!) { networkTieHistory(tieId: $id) { versionId validTo } }")
                .variable("id", tie).execute()
                .path("networkTieHistory").entityList(Object.class).hasSize(20);
        graphQl.document("query($id: ID!) { familyNetwork(familyId: $id) { edges { id } } }")
                .variable("id", family).execute()
                .path("familyNetwork.edges[*].id").entityList(String.class).containsExactly(tie);
        graphQl.document("""
                        mutation($input: UpdateNetworkTieInput!) { updateNetworkTie(input: $input) { tie { id } userErrors { field } } }""")
                .variable("input", Map.of("tieId", tie, "kind", "FRIEND", "ring", 1)).execute()
                .path("updateNetworkTie.userErrors").entityList(Object.class).hasSize(0);
        assertThat(openVersions(tie)).isEqualTo(1);
    }

    @Test
    void the_migration_repairs_duplicates_so_its_constraints_hold() throws IOException {
        var family = createFamily("Gezin Migratie " + tag());
        var tie = corruptTie(family, 3);
        var pair = neo4j.query("""
                        MATCH (t:NetworkTie {id: $tie})-[:FROM]->(a), (t)-[:TO]->(b), (t)-[:OF_FAMILY]->(f)
                        CREATE (d:NetworkTie {id: randomUUID(), createdAt: datetime() + duration('PT1S')})
                        CREATE (d)-[:OF_FAMILY]->(f), (d)-[:FROM]->(b), (d)-[:TO]->(a)
                        CREATE (:NetworkTieVersion {id: randomUUID(), kind: 'FRIEND', ring: 2, quality: 'POSITIVE',
                                                    validFrom: date() - duration('P3D'), createdAt: datetime()})-[:VERSION_OF]->(d)
                        RETURN d.id""").bind(tie).to("tie").fetchAs(String.class).one().orElseThrow();
        var question = createQuestion(family, "Schulden.", List.of("FINANCES"));
        var helper = neo4j.query("""
                        MATCH (h:HelpQuestion {id: $question})
                        CREATE (x:Professional {id: randomUUID(), name: 'Dubbel', tier: 'FIRST_LINE', capacity: 1, coach: false})
                        WITH h, x
                        UNWIND range(1, 4) AS i
                        CREATE (m:Match {id: randomUUID(), status: CASE i WHEN 3 THEN 'CONFIRMED' ELSE 'PROPOSED' END,
                                         ladderStep: 'FIRST_LINE', proposedAt: datetime() + duration({seconds: i})})
                        CREATE (m)-[:FOR_QUESTION]->(h), (m)-[:WITH_HELPER]->(x)
                        RETURN DISTINCT x.id""").bind(question).to("question").fetchAs(String.class).one().orElseThrow();

        for (var statement : statements("cypher/migrations/V060__concurrency.cypher")) {
            neo4j.query(statement).run();
        }

        assertThat(openVersions(tie)).isEqualTo(1);
        assertThat(openVersions(pair)).as("the later duplicate of the pair").isZero();
        assertThat(neo4j.query("""
                        MATCH (:HelpQuestion {id: $question})<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x:Professional {id: $helper})
                        WITH x, m ORDER BY m.proposedAt
                        WITH x, collect(m.status) AS statuses
                        RETURN statuses + [x.capacity] AS facts""")
                .bindAll(Map.of("question", question, "helper", helper)).fetch().one().orElseThrow().get("facts"))
                .as("the confirmed match stays, the others close and no place moves")
                .isEqualTo(List.of("CLOSED", "CLOSED", "CONFIRMED", "CLOSED", 1L));
        assertThat(neo4j.query("MATCH (t:NetworkTie {id: $tie}) RETURN t.pairKey IS NOT NULL AND t.version = 3")
                .bind(tie).to("tie").fetchAs(Boolean.class).one()).contains(true);
    }

    /** A tie of two new network persons with {@code versions} open versions, the way issue 15 left them. */
    private String corruptTie(String familyId, int versions) {
        return neo4j.query("""
                        MATCH (f:Family {id: $family})
                        CREATE (a:Person {id: randomUUID(), givenName: 'Mila'})-[:IN_NETWORK_OF {validFrom: date() - duration('P30D')}]->(f)
                        CREATE (b:Person {id: randomUUID(), givenName: 'Noah'})-[:IN_NETWORK_OF {validFrom: date() - duration('P30D')}]->(f)
                        CREATE (t:NetworkTie {id: randomUUID(), createdAt: datetime()})
                        CREATE (t)-[:OF_FAMILY]->(f), (t)-[:FROM]->(a), (t)-[:TO]->(b)
                        WITH t
                        UNWIND range(1, $versions) AS i
                        CREATE (:NetworkTieVersion {id: randomUUID(), kind: 'NEIGHBOUR', ring: 1 + i % 4, quality: 'POSITIVE',
                                                    validFrom: date() - duration('P10D'), createdAt: datetime() + duration({seconds: i})})-[:VERSION_OF]->(t)
                        RETURN DISTINCT t.id""")
                .bindAll(Map.of("family", familyId, "versions", versions)).fetchAs(String.class).one().orElseThrow();
    }

    private long openVersions(String tieId) {
        return neo4j.query("MATCH (:NetworkTie {id: $id})<-[:VERSION_OF]-(v:NetworkTieVersion) WHERE v.validTo IS NULL RETURN count(v)")
                .bind(tieId).to("id").fetchAs(Long.class).one().orElseThrow();
    }

    /** The statements of a migration file, as the migration runner splits them. */
    private static List<String> statements(String path) throws IOException {
        var text = new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        var withoutComments = text.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
