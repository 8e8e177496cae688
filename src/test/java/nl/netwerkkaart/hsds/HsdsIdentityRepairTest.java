package nl.netwerkkaart.hsds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data as imports left it before migration V100 (issue 19), written straight into the database without the keys:
 * two resources of one municipality under one HSDS id, and one organisation shared by two municipalities. The
 * migration's repairs make one resource per id per municipality and one organisation per municipality, and run again
 * they change nothing.
 */
class HsdsIdentityRepairTest extends HsdsTestSupport {

    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private void migrate() throws IOException {
        var text = Files.readString(Path.of("cypher/migrations/V100__hsds_identity.cypher"));
        var withoutComments = text.lines().filter(line -> !line.strip().startsWith("//")).reduce("", (a, b) -> a + b + "\n");
        Arrays.stream(STATEMENT_END.split(withoutComments)).map(String::strip).filter(s -> !s.isEmpty())
                .forEach(statement -> neo4j.query(statement).run());
    }

    @Test
    void duplicates_of_an_id_and_an_organisation_shared_by_municipalities_are_repaired() throws IOException {
        var other = otherMunicipality();
        var hsdsId = newId();
        var organisationId = newId();
        neo4j.query("""
                        MATCH (k:Area {id: $lindeloo}), (m:Area {id: $other})
                        CREATE (o:Organisation {id: randomUUID(), hsdsId: $organisationId, name: 'Laatst geïmporteerd',
                                                createdAt: datetime(), updatedAt: datetime()})
                        CREATE (first:CommunityResource {id: randomUUID(), hsdsId: $hsdsId, name: 'Eerste', kind: 'SERVICE',
                                                         status: 'ACTIVE', createdAt: datetime() - duration('P1D'), updatedAt: datetime()})
                        CREATE (second:CommunityResource {id: randomUUID(), hsdsId: $hsdsId, name: 'Tweede', kind: 'SERVICE',
                                                          status: 'ACTIVE', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (elsewhere:CommunityResource {id: randomUUID(), hsdsId: $hsdsId, name: 'Elders', kind: 'SERVICE',
                                                             status: 'ACTIVE', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (first)-[:LOCATED_IN]->(k), (second)-[:LOCATED_IN]->(k), (elsewhere)-[:LOCATED_IN]->(m)
                        CREATE (first)-[:OFFERED_BY]->(o), (second)-[:OFFERED_BY]->(o), (elsewhere)-[:OFFERED_BY]->(o)""")
                .bindAll(Map.of("lindeloo", lindeloo, "other", other, "hsdsId", hsdsId, "organisationId", organisationId))
                .run();

        migrate();

        var resources = neo4j.query("""
                        MATCH (r:CommunityResource)-[:OFFERED_BY]->(o:Organisation {hsdsId: $organisationId})
                        RETURN r.name AS name, r.hsdsId AS hsdsId, r.hsdsKey AS key, o.municipalityId AS municipality, o.id AS organisation
                        ORDER BY name""")
                .bind(organisationId).to("organisationId").fetch().all();
        assertThat(resources).extracting(r -> r.get("name") + " " + (hsdsId.equals(r.get("hsdsId")) ? "keeps the id" : "own id"))
                .containsExactly("Eerste keeps the id", "Elders keeps the id", "Tweede own id");
        assertThat(resources).allSatisfy(r -> assertThat(r.get("key")).isNotNull());
        assertThat(resources).filteredOn(r -> r.get("name").equals("Elders")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("municipality", other).containsEntry("key", other + ":" + hsdsId));
        assertThat(resources).filteredOn(r -> !r.get("name").equals("Elders"))
                .allSatisfy(r -> assertThat(r).containsEntry("municipality", municipality));
        assertThat(resources.stream().map(r -> r.get("organisation")).distinct()).hasSize(2);

        var size = graphSize();
        migrate();
        assertThat(graphSize()).isEqualTo(size);
    }
}
