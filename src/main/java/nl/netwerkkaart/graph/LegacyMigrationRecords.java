package nl.netwerkkaart.graph;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationChain.ChainBuilderMode;
import ac.simons.neo4j.migrations.core.Migrations;
import nl.netwerkkaart.graph.SchemaMigrations.MigrationException;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.exceptions.Neo4jException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * What the service's previous, hand-written migration runner applied, recorded as {@code SchemaMigration} nodes
 * ({@code version} as a number, {@code description}, a SHA-256 {@code checksum} of the file, {@code appliedAt}),
 * carried over once into neo4j-migrations' own chain, so the tool sees those migrations as applied and runs none of
 * them again. Each record must still match its file, as the old runner demanded; the chain gets the tool's checksum
 * of that same file and the old time of application. The old records and their constraint go in the same step.
 */
final class LegacyMigrationRecords {

    static final String CARRIED_OVER_BY = "carried over from SchemaMigration";

    private static final Logger log = LoggerFactory.getLogger(LegacyMigrationRecords.class);

    private final Driver driver;
    private final SessionConfig session;
    private final List<String> locations;

    LegacyMigrationRecords(Driver driver, String database, List<String> locations) {
        this.driver = driver;
        this.session = SessionConfig.forDatabase(database);
        this.locations = locations;
    }

    private record Legacy(int version, String checksum, ZonedDateTime appliedAt) {
    }

    void carryOver(Migrations migrations) {
        try {
            carryOverOnce(migrations);
        }
        catch (Neo4jException e) {
            // another instance carried them over first: this transaction waited for its locks and found the records gone
            if (!legacyRecordsLeft()) {
                return;
            }
            throw e;
        }
    }

    private boolean legacyRecordsLeft() {
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> tx.run("RETURN EXISTS { MATCH (:SchemaMigration) } AS left").single().get("left").asBoolean());
        }
    }

    private void carryOverOnce(Migrations migrations) {
        if (!legacyRecordsLeft()) {
            return;
        }
        var local = migrations.info(ChainBuilderMode.LOCAL).getElements();
        var user = migrations.getConnectionDetails().getUsername();
        int carried;
        try (var s = driver.session(session)) {
            carried = s.executeWrite(tx -> {
                // locks the records first, so a second instance waits here and then finds them gone
                var records = tx.run("""
                                MATCH (m:SchemaMigration)
                                SET m.version = m.version
                                RETURN m.version AS version, m.checksum AS checksum, m.appliedAt AS appliedAt
                                ORDER BY m.version""")
                        .list(row -> new Legacy(row.get("version").asInt(), row.get("checksum").asString(),
                                row.get("appliedAt").asZonedDateTime()));
                if (records.isEmpty() || tx.run("RETURN EXISTS { MATCH (:__Neo4jMigration) } AS chain").single().get("chain").asBoolean()) {
                    // the tool's chain already exists (e.g. written by its CLI): it is the record from now on
                    return 0;
                }
                var previous = "BASELINE";
                tx.run("CREATE (:__Neo4jMigration {version: 'BASELINE'})").consume();
                for (var record : records) {
                    var element = find(local, record);
                    tx.run("""
                                    MATCH (p:__Neo4jMigration {version: $previous}) WHERE p.migrationTarget IS NULL
                                    CREATE (p)-[:MIGRATED_TO {at: $at, in: duration('PT0S'), by: $by, connectedAs: $user}]->
                                           (m:__Neo4jMigration)
                                    SET m = $migration""",
                            Map.of("previous", previous, "at", record.appliedAt().withZoneSameInstant(ZoneOffset.UTC),
                                    "by", CARRIED_OVER_BY, "user", user,
                                    "migration", properties(element))).consume();
                    previous = element.getVersion();
                }
                tx.run("MATCH (m:SchemaMigration) DELETE m").consume();
                return records.size();
            });
        }
        if (carried > 0) {
            try (var s = driver.session(session)) {
                s.run("DROP CONSTRAINT schema_migration_version IF EXISTS").consume();
            }
            log.info("Carried over {} migrations applied by the previous release into the neo4j-migrations chain", carried);
        }
    }

    /** The file the old record stands for, unchanged since it was applied. */
    private MigrationChain.Element find(Collection<MigrationChain.Element> local, Legacy record) {
        var element = local.stream()
                .filter(candidate -> candidate.getVersion().matches("\\d+") && Integer.parseInt(candidate.getVersion()) == record.version())
                .findFirst()
                .orElseThrow(() -> new MigrationException("The database records migration %d as applied, but no file has that version"
                        .formatted(record.version())));
        var checksum = script(element.getSource()).checksum();
        if (!checksum.equals(record.checksum())) {
            throw new MigrationException("""
                    Migration %s was changed after it was applied (recorded checksum %s, file now %s). \
                    Restore the file and put the change in a new migration with a higher version."""
                    .formatted(element.getSource(), record.checksum(), checksum));
        }
        return element;
    }

    private CypherScript script(String fileName) {
        var loader = new DefaultResourceLoader();
        var candidates = new ArrayList<String>();
        for (var location : locations) {
            var resource = loader.getResource(location + "/" + fileName);
            candidates.add(resource.getDescription());
            if (resource.exists()) {
                return CypherScript.read(resource);
            }
        }
        throw new MigrationException("Cannot read migration " + fileName + " from " + candidates);
    }

    /** The properties the tool gives a Cypher migration's node. */
    private static Map<String, Object> properties(MigrationChain.Element element) {
        var properties = new HashMap<String, Object>();
        properties.put("version", element.getVersion());
        element.getOptionalDescription().ifPresent(description -> properties.put("description", description));
        properties.put("type", element.getType().name());
        properties.put("repeatable", false);
        properties.put("source", element.getSource());
        element.getChecksum().ifPresent(checksum -> properties.put("checksum", checksum));
        return properties;
    }
}
