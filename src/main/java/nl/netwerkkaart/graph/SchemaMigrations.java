package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationChain;
import ac.simons.neo4j.migrations.core.MigrationState;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.MigrationsConfig.TransactionMode;
import ac.simons.neo4j.migrations.core.MigrationsConfig.VersionSortOrder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The schema migrations in {@code cypher/migrations/}, applied with neo4j-migrations: {@code V<nnn>__<description>.cypher},
 * each once, recorded in the tool's chain of {@code __Neo4jMigration} nodes with its checksum, so an applied file that
 * was edited afterwards stops the start-up. Each statement runs in its own transaction (a migration may create schema
 * and write reference data, which Neo4j does not allow in one transaction), so statements are written idempotently
 * ({@code IF NOT EXISTS}, {@code MERGE}). Out-of-order versions are applied too: branches add migrations in parallel,
 * and a database may have seen a higher version first, as the previous, hand-written runner allowed. What that runner
 * recorded is carried over first ({@link LegacyMigrationRecords}), so an upgrade applies nothing twice.
 */
@Component
public class SchemaMigrations {

    /** Where the service finds its migrations: {@code cypher/} is packaged into the jar. */
    public static final String LOCATION = "classpath:cypher/migrations";

    /**
     * Whether the database holds nothing beyond what the migrations create (their bookkeeping, the life domains, the
     * audit chain's head) and the rule keys' marker of a start on it: where demo or generated data may be loaded.
     */
    public static final String HOLDS_NO_DATA = """
            RETURN NOT EXISTS {
              MATCH (n) WHERE NOT (n:__Neo4jMigration OR n:__Neo4jMigrationsLock OR n:LifeDomain OR n:AuditChain
                                   OR n:RuleKeysChecked)
            } AS empty""";

    /** The tool's own naming (versioned V or repeatable R), minus the spaces it allows in descriptions. */
    private static final Pattern FILE_NAME = Pattern.compile("[VR]\\d+(?:_\\d+)*__\\w+\\.cypher");

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    /** A versioned migration's file name: the version (underscores are dots to the tool) and the description. */
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:_\\d+)*)__\\w+\\.cypher");

    private final List<String> locations;
    private final Migrations migrations;
    private final LegacyMigrationRecords legacy;
    private final Driver driver;
    private final SessionConfig session;

    @Autowired
    public SchemaMigrations(Driver driver, @Value("${spring.data.neo4j.database:neo4j}") String database) {
        this(driver, database, LOCATION);
    }

    public SchemaMigrations(Driver driver, String database, String... locations) {
        this.locations = List.of(locations);
        var config = MigrationsConfig.builder()
                .withLocationsToScan(locations)
                .withDatabase(database)
                .withTransactionMode(TransactionMode.PER_STATEMENT)
                .withOutOfOrderAllowed(true)
                // V100 after V099 and after V99, as numbers; Windows line endings do not change a checksum
                .withVersionSortOrder(VersionSortOrder.SEMANTIC)
                .withAutocrlf(true)
                .withInstalledBy("netwerkkaart")
                .withResourceScanner(SchemaMigrations::classpathResources)
                .build();
        this.migrations = new Migrations(config, driver);
        this.legacy = new LegacyMigrationRecords(driver, database, this.locations);
        this.driver = driver;
        this.session = SessionConfig.forDatabase(database);
    }

    /**
     * Carries over the previous runner's records, then applies every pending migration; returns their versions.
     * When the database's chain already holds exactly the migration files, each with the checksum of its file as it
     * is now, there is nothing to carry over or apply and the tool is not asked: its lock, its scan of the whole
     * class path and its chain queries took 6 to 9 s of every start on an existing database (issue 20), to find
     * nothing to do. Anything else (a file pending, edited, missing or repeatable, the previous runner's records)
     * goes to the tool as before, which applies it or stops the start-up.
     */
    public List<String> migrate() {
        checkFileNames();
        long started = System.nanoTime();
        if (upToDate()) {
            log.info("Schema migrations up to date, checked in {} ms", (System.nanoTime() - started) / 1_000_000);
            return List.of();
        }
        // the tool caches the files it found: a later call must see files added meanwhile
        migrations.clearCache();
        legacy.carryOver(migrations);
        var before = applied();
        migrations.apply();
        return applied().stream().filter(version -> !before.contains(version)).toList();
    }

    /** Whether the chain holds every migration file, with its current checksum, and nothing else; one read. */
    private boolean upToDate() {
        var local = new HashSet<String>();
        for (var resource : cypherFiles()) {
            var matcher = VERSIONED.matcher(String.valueOf(resource.getFilename()));
            if (!matcher.matches()) {
                return false;
            }
            try {
                local.add(matcher.group(1).replace('_', '.') + ":" + CypherResource.of(resource.getURL(), true).getChecksum());
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot read the migration " + resource, e);
            }
        }
        if (local.isEmpty()) {
            return false;
        }
        try (var s = driver.session(session)) {
            return s.executeRead(tx -> {
                var row = tx.run("""
                        RETURN EXISTS { MATCH (:SchemaMigration) } AS legacy,
                               COLLECT { MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'
                                         RETURN m.version + ':' + coalesce(m.checksum, '') } AS applied""").single();
                Set<String> applied = new HashSet<>(row.get("applied").asList(value -> value.asString()));
                return !row.get("legacy").asBoolean() && applied.equals(local);
            });
        }
    }

    /**
     * The files under the tool's class path locations (its {@link ac.simons.neo4j.migrations.core.ClasspathResourceScanner}),
     * looked up through the class loader for those folders alone. The tool's own scanner (ClassGraph) opens every jar on
     * the class path to find them, twice per run (migrations and callbacks): seconds of a first start, more on a test
     * class path. Same result: every file under each folder, subfolders included, from every class path entry.
     */
    static List<URL> classpathResources(List<String> paths) {
        var resolver = new PathMatchingResourcePatternResolver();
        var found = new ArrayList<URL>();
        for (var path : paths) {
            var folder = path.replaceFirst("^/+", "").replaceFirst("/+$", "");
            try {
                for (var resource : resolver.getResources("classpath*:" + folder + "/**/*")) {
                    // folders are not readable, files are
                    if (resource.isReadable()) {
                        found.add(resource.getURL());
                    }
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot list migrations at classpath:" + folder, e);
            }
        }
        return found;
    }

    private List<String> applied() {
        return info().getElements().stream()
                .filter(element -> element.getState() == MigrationState.APPLIED)
                .map(MigrationChain.Element::getVersion)
                .toList();
    }

    /** The tool's view: every migration found, applied or pending, with its checksum and when it was applied. */
    public MigrationChain info() {
        return migrations.info();
    }

    /** The tool skips files it cannot parse a version from; a migration that silently never runs is worse than a stop. */
    private void checkFileNames() {
        cypherFiles().stream()
                .map(Resource::getFilename)
                .filter(name -> name != null && !FILE_NAME.matcher(name).matches())
                .findFirst()
                .ifPresent(name -> {
                    throw new MigrationException("Migration file name must look like V001__description.cypher: " + name);
                });
    }

    /** The Cypher files under the migration locations, subfolders included, as the tool finds them. */
    private List<Resource> cypherFiles() {
        var resolver = new PathMatchingResourcePatternResolver();
        var found = new ArrayList<Resource>();
        for (var location : locations) {
            try {
                found.addAll(Arrays.asList(resolver.getResources(
                        location.replaceFirst("^classpath:", "classpath*:") + "/**/*.cypher")));
            }
            catch (IOException e) {
                throw new UncheckedIOException("Cannot list migrations at " + location, e);
            }
        }
        return found;
    }

    /** Start-up cannot continue: the database and the migration files disagree. */
    public static class MigrationException extends RuntimeException {
        MigrationException(String message) {
            super(message);
        }
    }
}
