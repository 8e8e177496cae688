package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.core.io.FileSystemResource;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * A database migrated the way the previous release did it, with its own runner (MigrationRunner, replaced by
 * neo4j-migrations): every statement of {@code V<nnn>__<description>.cypher} in its own transaction, in version order,
 * and per file a {@code SchemaMigration} node with the version as a number and the SHA-256 of the file's text, under a
 * uniqueness constraint on the version. The statements below are that runner's.
 */
final class PreviousRelease {

    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");

    private PreviousRelease() {
    }

    /** Applies the migrations in {@code folder} and records them as the previous runner did. */
    static void migrate(Neo4jClient neo4j, Path folder) {
        neo4j.query("CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE")
                .run();
        try (var files = Files.list(folder)) {
            files.filter(file -> FILE_NAME.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(PreviousRelease::version))
                    .forEach(file -> apply(neo4j, file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int version(Path file) {
        var matcher = FILE_NAME.matcher(file.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static void apply(Neo4jClient neo4j, Path file) {
        var matcher = FILE_NAME.matcher(file.getFileName().toString());
        matcher.matches();
        var script = CypherScript.read(new FileSystemResource(file));
        script.statements().forEach(statement -> neo4j.query(statement).run());
        neo4j.query("""
                        CREATE (m:SchemaMigration {version: $version, description: $description,
                                                   checksum: $checksum, appliedAt: datetime()})""")
                .bindAll(Map.of("version", Integer.parseInt(matcher.group(1)), "description", matcher.group(2).replace('_', ' '),
                        "checksum", script.checksum()))
                .run();
    }
}
