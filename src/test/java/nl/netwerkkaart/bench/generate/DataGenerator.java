package nl.netwerkkaart.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import nl.netwerkkaart.NetwerkkaartApplication;
import nl.netwerkkaart.bench.generate.GraphWriter.Step;
import nl.netwerkkaart.graph.EmbeddedCredentials;
import nl.netwerkkaart.graph.RuleKeys;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * Generates a deterministic synthetic dataset at one of three scales into the embedded database the service uses.
 * It starts the service's own Spring context, so the schema migrations run exactly as in the
 * service, and writes over Bolt with batched {@code UNWIND} statements. Not a test: run it with
 * {@code bench/generate.sh <municipality|region|province> [data-dir] [--seed N]}.
 */
public final class DataGenerator {

    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    private final Scale scale;
    private final Path dataDir;
    private final long seed;
    private final LocalDate asOf;
    private final int threads;
    private final int batchSize;
    private final String pageCache;
    private final Map<String, Long> phases = new LinkedHashMap<>();

    DataGenerator(Scale scale, Path dataDir, long seed, LocalDate asOf, int threads, int batchSize, String pageCache) {
        this.scale = scale;
        this.dataDir = dataDir;
        this.seed = seed;
        this.asOf = asOf;
        this.threads = threads;
        this.batchSize = batchSize;
        this.pageCache = pageCache;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || args[0].startsWith("-")) {
            System.err.println("Usage: generate.sh <municipality|region|province> [data-dir] [--seed N] [--as-of YYYY-MM-DD]"
                    + " [--threads N] [--batch FAMILIES] [--page-cache SIZE]");
            System.exit(64);
        }
        var scale = Scale.of(args[0]);
        Path dataDir = Path.of("data-" + scale.name());
        long seed = 42;
        var asOf = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        int threads = 2;
        int batchSize = 50;
        var pageCache = "2g";
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--as-of" -> asOf = LocalDate.parse(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--batch" -> batchSize = Integer.parseInt(args[++i]);
                case "--page-cache" -> pageCache = args[++i];
                default -> {
                    if (args[i].startsWith("--")) {
                        throw new IllegalArgumentException("Unknown option " + args[i]);
                    }
                    dataDir = Path.of(args[i]);
                }
            }
        }
        int status = new DataGenerator(scale, dataDir.toAbsolutePath().normalize(), seed, asOf, threads, batchSize, pageCache).run();
        System.exit(status);
    }

    int run() throws Exception {
        long started = System.nanoTime();
        var system = ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = system.getSystemLoadAverage();
        // the day of generation: "now" is its noon (UTC) unless that lies ahead, so nothing is dated in the future
        var noon = asOf.atTime(12, 0).atZone(ZoneOffset.UTC);
        var current = ZonedDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        var now = noon.isAfter(current) ? current : noon;
        System.out.printf("Generating %s scale (seed %d, as of %s) into %s%n", scale.name(), seed, asOf, dataDir);

        var counts = new TreeMap<String, Long>();
        var relationships = new TreeMap<String, Long>();
        var samples = Collections.synchronizedList(new ArrayList<Map<String, Object>>());
        var ids = new GeneratedIds(seed);
        GraphWriter writer;
        Directory directory;
        RuleKeys.Outcome ruleKeys;
        long phase = System.nanoTime();
        try (var context = new SpringApplicationBuilder(NetwerkkaartApplication.class)
                // the security configuration needs the servlet stack; it listens on a free loopback port nobody uses
                .web(WebApplicationType.SERVLET)
                .run("--server.port=0", "--server.address=127.0.0.1",
                        "--netwerkkaart.embedded.data-dir=" + dataDir,
                        "--netwerkkaart.embedded.bolt-port=0",
                        "--netwerkkaart.embedded.page-cache=" + pageCache,
                        "--netwerkkaart.demo-data.enabled=false",
                        // nothing to compute ahead while the data is still coming in
                        "--netwerkkaart.statistics.precompute=false",
                        // no scheduled job may act while loading: the sealer waits a day, the retention check never runs
                        "--netwerkkaart.audit.seal-interval=1d",
                        "--netwerkkaart.retention.cron=-",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn")) {
            try (var driver = bulkDriver(context.getBean(DatabaseManagementService.class), dataDir)) {
                if (!empty(driver)) {
                    System.err.printf("Refusing to generate: the database in %s already holds data. Choose another data"
                            + " directory or delete this one first.%n", dataDir);
                    return 2;
                }
                // the start marked the empty database's rule keys as checked; what comes now needs the check again
                try (var session = driver.session()) {
                    session.executeWriteWithoutResult(tx -> tx.run(RuleKeys.UNMARK).consume());
                }
                phases.put("startAndMigrate", millisSince(phase));
                writer = new GraphWriter(driver);

                phase = System.nanoTime();
                directory = new Directory(ids, scale, now);
                var areas = directory.areaRows();
                writer.writeInBatches("areas", Statements.MUNICIPALITIES, areas.get(0), 10_000);
                writer.writeInBatches("areas", Statements.AREA_PARTS, areas.get(1), 10_000);
                writer.writeInBatches("areas", Statements.AREA_PARTS, areas.get(2), 10_000);
                writer.writeInBatches("organisations", Statements.ORGANISATIONS, directory.organisationRows(), 10_000);
                var taxonomy = loadTaxonomy(driver);
                phases.put("areasOrganisationsTaxonomy", millisSince(phase));

                phase = System.nanoTime();
                writer.writeInBatches("professionals", Statements.PROFESSIONALS, directory.professionalRows(taxonomy), 5_000);
                writer.writeInBatches("resources", Statements.RESOURCES, directory.resourceRows(taxonomy), 5_000);
                phases.put("professionalsAndResources", millisSince(phase));

                phase = System.nanoTime();
                var deferred = new DeferredIndexes(driver);
                deferred.drop();
                var families = new Families(ids, directory, now, Math.max(1, scale.families() / 200));
                loadFamilies(writer, families, samples);
                phases.put("families", millisSince(phase));

                phase = System.nanoTime();
                int created = deferred.create();
                phases.put("deferredIndexes", millisSince(phase));
                System.out.printf("  created %d deferred constraints and indexes again after %.1f s%n", created,
                        phases.get("deferredIndexes") / 1000.0);

                phase = System.nanoTime();
                checkTies(driver, families, samples);
                countAll(driver, counts, relationships);
                phases.put("checkAndCount", millisSince(phase));

                // the statements wrote every rule key; the service's own check says so (or sets what is missing, as
                // the service's start would) and marks the database, so that its first start does not check again
                phase = System.nanoTime();
                ruleKeys = context.getBean(RuleKeys.class).check();
                phases.put("ruleKeys", millisSince(phase));
                System.out.printf("  rule keys checked after %.1f s: %s%n", phases.get("ruleKeys") / 1000.0,
                        ruleKeys == RuleKeys.Outcome.NOTHING_TO_SET ? "every key written, database marked" : ruleKeys
                                + ": the generator left keys out, which the check set as the service would");
                phase = System.nanoTime();
            }
        }
        phases.put("shutdown", millisSince(phase));
        long totalMillis = millisSince(started);
        long storeBytes = storeBytes();

        samples.sort(Comparator.comparing(s -> (Integer) s.get("familyIndex")));
        var summary = new LinkedHashMap<String, Object>();
        summary.put("scale", scale.name());
        summary.put("seed", seed);
        summary.put("asOf", asOf.toString());
        summary.put("dataDir", dataDir.toString());
        summary.put("threads", threads);
        summary.put("batchFamilies", batchSize);
        summary.put("totalMillis", totalMillis);
        // other processes on the machine share its cores: the load average says how much of them the run had
        summary.put("processors", system.getAvailableProcessors());
        summary.put("loadAverageBefore", loadBefore);
        summary.put("loadAverageAfter", system.getSystemLoadAverage());
        summary.put("phaseMillis", phases);
        summary.put("ruleKeys", ruleKeys.name());
        summary.put("statementMillis", writer.statementMillis());
        summary.put("storeBytes", storeBytes);
        summary.put("nodes", counts);
        summary.put("relationships", relationships);
        summary.put("idScheme", "UUID.nameUUIDFromBytes(\"netwerkkaart-bench:<seed>:<kind>:<index>\"), kinds: municipality <m>, "
                + "kern <m>/<k>, wijk <m>/<w>, organisation <m>/<TYPE>, professional <n> (the first tenth of each municipality's "
                + "professionals are its coaches), resource <n>, family <f>, member <f>/<j>, network-person <f>/<j>, "
                + "tie <f>/<j>, tie-version <f>/<j>/<v>, consent <f>/<j>, question <f>/<q>, match <f>/<q>/<j>, "
                + "tent-session <f>/planned|held, assessment <f>/<a>");
        summary.put("municipalities", municipalities(directory));
        summary.put("sampleFamilies", samples);
        var json = Json.write(summary);
        Files.writeString(dataDir.resolve("generation.json"), json, StandardCharsets.UTF_8);

        System.out.println();
        System.out.println("Nodes:         " + counts);
        System.out.println("Relationships: " + relationships);
        System.out.println("Phases (ms):   " + phases);
        System.out.println("Statements (ms, summed over threads): " + writer.statementMillis());
        System.out.printf("Load average before %.1f, after %.1f on %d processors%n", loadBefore, system.getSystemLoadAverage(),
                system.getAvailableProcessors());
        System.out.printf("Total: %.1f s, store on disk: %.2f GiB; summary in %s%n", totalMillis / 1000.0,
                storeBytes / (1024.0 * 1024 * 1024), dataDir.resolve("generation.json"));
        return 0;
    }

    /** Per municipality: its id, name, families' index range and its coaches, so a benchmark can sign in as one. */
    private static List<Map<String, Object>> municipalities(Directory directory) {
        var result = new ArrayList<Map<String, Object>>();
        for (var m : directory.municipalities) {
            var coaches = directory.professionals.stream().filter(p -> p.municipality() == m.index() && p.coach())
                    .map(Directory.Pro::id).toList();
            result.add(Map.of("index", m.index(), "id", m.id(), "name", m.name(), "kernen", m.kernen().size(),
                    "firstFamily", m.firstFamily(), "families", m.families(), "coachIds", coaches));
        }
        return result;
    }

    private void loadFamilies(GraphWriter writer, Families families, List<Map<String, Object>> samples) throws Exception {
        var pool = Executors.newFixedThreadPool(threads);
        var done = new AtomicInteger();
        int batches = (scale.families() + batchSize - 1) / batchSize;
        long started = System.nanoTime();
        try {
            var futures = new ArrayList<Future<?>>();
            for (int from = 0; from < scale.families(); from += batchSize) {
                int first = from;
                int last = Math.min(scale.families(), from + batchSize);
                futures.add(pool.submit(() -> {
                    var batch = families.generate(first, last);
                    var steps = new ArrayList<Step>();
                    steps.add(new Step("families", Statements.FAMILIES, batch.families, Map.of(
                            "areaIds", List.copyOf(batch.areaIds.keySet()), "coachIds", List.copyOf(batch.coachIds.keySet()),
                            "domainCodes", Families.DOMAINS)));
                    batch.matches.forEach((label, rows) -> steps.add(new Step("matches", Statements.matches(label), rows)));
                    steps.add(new Step("tentSessions", Statements.TENT_SESSIONS, batch.tentSessions));
                    steps.add(new Step("assessments", Statements.ASSESSMENTS, batch.assessments));
                    writer.write(steps);
                    samples.addAll(batch.samples);
                    int n = done.incrementAndGet();
                    if (n % Math.max(1, batches / 10) == 0 || n == batches) {
                        System.out.printf("  families: %d of %d batches after %.1f s%n", n, batches, (System.nanoTime() - started) / 1e9);
                    }
                }));
            }
            for (var future : futures) {
                future.get();
            }
        }
        catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        finally {
            pool.shutdownNow();
        }
    }

    /**
     * A driver to the service's embedded database like its own bean, but without the driver's default logging: that
     * formats every outgoing message, parameters included, as a debug line before it is discarded, which for batches
     * of thousands of rows costs more than sending them.
     */
    private static Driver bulkDriver(DatabaseManagementService managementService, Path dataDir) {
        var database = (GraphDatabaseAPI) managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var bolt = database.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT);
        return GraphDatabase.driver(URI.create("bolt://127.0.0.1:" + bolt.getPort()),
                EmbeddedCredentials.read(dataDir.toAbsolutePath()).authToken(),
                Config.builder().withLogging(Logging.none()).build());
    }

    private static boolean empty(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(Statements.EMPTY).single().get("empty").asBoolean());
        }
    }

    /** The expertise taxonomy of the demo data (terms, BROADER, IN_DOMAIN), then every term as loaded. */
    private static List<Directory.Term> loadTaxonomy(Driver driver) throws IOException {
        var script = new ClassPathResource("cypher/demo/02-directory.cypher").getContentAsString(StandardCharsets.UTF_8);
        var statement = STATEMENT_END.splitAsStream(script)
                .filter(s -> s.contains("(x:Expertise"))
                .findFirst().orElseThrow(() -> new IllegalStateException("No expertise taxonomy in cypher/demo/02-directory.cypher"));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            return session.executeRead(tx -> tx.run(Statements.TAXONOMY).list(r -> new Directory.Term(
                    r.get("id").asString(), r.get("name").asString(), r.get("domains").asList(v -> v.asString()))));
        }
    }

    /**
     * Persons, areas, coaches and life domains are referred to by position; check on sample families that ties join the
     * intended persons and that families and questions link to the intended areas, coaches and life domains.
     */
    private static void checkTies(Driver driver, Families families, List<Map<String, Object>> samples) {
        var expected = new LinkedHashMap<String, List<String>>();
        samples.stream().limit(20).forEach(s -> expected.putAll(families.expectedTies((Integer) s.get("familyIndex"))));
        try (var session = driver.session()) {
            var found = session.executeRead(tx -> tx.run(Statements.TIE_ENDS, Map.of("ids", List.copyOf(expected.keySet())))
                    .list(r -> Map.entry(r.get("id").asString(), List.of(r.get("fromId").asString(), r.get("toId").asString()))));
            var wrong = found.stream().filter(e -> !e.getValue().equals(expected.get(e.getKey()))).count();
            if (found.size() != expected.size() || wrong > 0) {
                throw new IllegalStateException("Tie check failed: %d of %d sample ties found, %d join other persons"
                        .formatted(found.size(), expected.size(), wrong));
            }
            System.out.printf("Checked %d sample ties: each joins the intended persons%n", found.size());
        }
        var links = new LinkedHashMap<String, List<String>>();
        samples.stream().limit(20).forEach(s -> links.putAll(families.expectedLinks((Integer) s.get("familyIndex"))));
        try (var session = driver.session()) {
            var found = session.executeRead(tx -> tx.run(Statements.FAMILY_LINKS, Map.of("ids", List.copyOf(links.keySet())))
                    .list(r -> Map.entry(r.get("id").asString(), r.get("links").asList(v -> v.asString()))));
            var wrong = found.stream().filter(e -> !e.getValue().equals(links.get(e.getKey()))).count();
            if (found.size() != links.size() || wrong > 0) {
                throw new IllegalStateException("Link check failed: %d of %d sample families and questions found, %d linked wrongly"
                        .formatted(found.size(), links.size(), wrong));
            }
            System.out.printf("Checked %d sample families and questions: areas, coaches and life domains as generated%n", found.size());
        }
    }

    /** Counts per label and relationship type from the count store (GRAPH COUNTS), which costs no scan. */
    @SuppressWarnings("unchecked")
    private static void countAll(Driver driver, Map<String, Long> nodes, Map<String, Long> relationships) {
        try (var session = driver.session()) {
            var data = session.executeRead(tx -> tx.run("CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data")
                    .single().get("data").asMap());
            for (var entry : (List<Map<String, Object>>) data.get("nodes")) {
                if (entry.containsKey("label")) {
                    nodes.put((String) entry.get("label"), ((Number) entry.get("count")).longValue());
                }
                else {
                    nodes.put("(all)", ((Number) entry.get("count")).longValue());
                }
            }
            for (var entry : (List<Map<String, Object>>) data.get("relationships")) {
                if (!entry.containsKey("startLabel") && !entry.containsKey("endLabel")) {
                    relationships.put((String) entry.getOrDefault("relationshipType", "(all)"), ((Number) entry.get("count")).longValue());
                }
            }
        }
    }

    private long storeBytes() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }
}
