package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Applies {@code cypher/migrations/V<nnn>__<description>.cypher} once each, in version order, before the service
 * takes requests. Each applied file is recorded as a {@code SchemaMigration} node with its checksum; a file edited
 * after it was applied stops the start-up, because the database would no longer match what the files say.
 */
@Component
public class MigrationRunner implements InitializingBean {

    static final String LOCATION = "classpath*:cypher/migrations/V*__*.cypher";

    private static final Logger log = LoggerFactory.getLogger(MigrationRunner.class);
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    private final Neo4jClient neo4j;
    private final String location;

    @Autowired
    public MigrationRunner(Neo4jClient neo4j) {
        this(neo4j, LOCATION);
    }

    MigrationRunner(Neo4jClient neo4j, String location) {
        this.neo4j = neo4j;
        this.location = location;
    }

    /** A migration file with the version and description from its name. */
    record Migration(int version, String description, CypherScript script) {
    }

    /** What the runner did: the versions it applied now. */
    public record Result(List<Integer> applied) {
    }

    @Override
    public void afterPropertiesSet() {
        migrate();
    }

    public Result migrate() {
        neo4j.query("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
                .run();
        var applied = appliedChecksums();
        var newlyApplied = new ArrayList<Integer>();
        for (var migration : migrations()) {
            var checksum = migration.script().checksum();
            var recorded = applied.get(migration.version());
            if (recorded != null) {
                if (!recorded.equals(checksum)) {
                    throw new MigrationException("""
                            Migration %s was changed after it was applied (recorded checksum %s, file now %s). \
                            Restore the file and put the change in a new migration with a higher version."""
                            .formatted(migration.script().name(), recorded, checksum));
                }
                continue;
            }
            apply(migration, checksum);
            newlyApplied.add(migration.version());
        }
        return new Result(List.copyOf(newlyApplied));
    }

    private void apply(Migration migration, String checksum) {
        log.info("Applying migration {}", migration.script().name());
        for (var statement : migration.script().statements()) {
            try {
                neo4j.query(statement).run();
            }
            catch (RuntimeException e) {
                throw new MigrationException("Migration %s failed: %s".formatted(migration.script().name(), e.getMessage()), e);
            }
        }
        neo4j.query("""
                        CREATE (m:SchemaMigration {version: $version, description: $description,
                                                   checksum: $checksum, appliedAt: datetime()})""")
                .bindAll(Map.of("version", migration.version(), "description", migration.description(), "checksum", checksum))
                .run();
    }

    private Map<Integer, String> appliedChecksums() {
        var checksums = new HashMap<Integer, String>();
        neo4j.query("MATCH (m:SchemaMigration) RETURN m.version AS version, m.checksum AS checksum")
                .fetch().all()
                .forEach(row -> checksums.put(((Number) row.get("version")).intValue(), (String) row.get("checksum")));
        return checksums;
    }

    private List<Migration> migrations() {
        try {
            var resources = new PathMatchingResourcePatternResolver().getResources(location);
            var migrations = Arrays.stream(resources).map(MigrationRunner::toMigration)
                    .sorted(Comparator.comparingInt(Migration::version)).toList();
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new MigrationException("Two migrations share version " + migrations.get(i).version());
                }
            }
            return migrations;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot list migrations at " + location, e);
        }
    }

    private static Migration toMigration(Resource resource) {
        var matcher = FILE_NAME.matcher(resource.getFilename());
        if (!matcher.matches()) {
            throw new MigrationException("Migration file name must look like V001__description.cypher: " + resource.getFilename());
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), CypherScript.read(resource));
    }

    /** Start-up cannot continue: the database and the migration files disagree. */
    public static class MigrationException extends RuntimeException {
        MigrationException(String message) {
            super(message);
        }

        MigrationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
