package nl.netwerkkaart.bench.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.logging.Level;

import nl.netwerkkaart.bench.run.ClosedLoop.Client;
import nl.netwerkkaart.bench.run.ClosedLoop.Timer;
import nl.netwerkkaart.graph.EmbeddedCredentials;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Logging;

/**
 * The benchmark client of issue 7: closed-loop load on a running service, its floor (the same data through the
 * Neo4j Java Driver) and optionally the @neo4j/graphql peer, all in one run, reported under target/bench.
 * A tool run by bench/run.sh, not a test. Usage and the report are described in docs/benchmark.md.
 */
public final class Benchmark {

    /** Where bench/serve.sh finds the public key and leaves service.properties, whatever --output says. */
    private static final Path SERVE_DIRECTORY = Path.of("target/bench");

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        }
        catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(Options.USAGE);
            System.exit(2);
            return;
        }
        var tokens = Tokens.in(SERVE_DIRECTORY);
        if (options.keysOnly()) {
            System.out.println("Key pair in " + SERVE_DIRECTORY.toAbsolutePath() + " (jwt-public.pem for the service)");
            return;
        }
        var started = Instant.now();
        var loadBefore = ServiceProcess.loadAverage();
        var config = Config.builder()
                .withMaxConnectionPoolSize(options.clients() + options.writers() + 4)
                .withoutEncryption()
                .withLogging(Logging.javaUtilLogging(Level.WARNING))
                .build();
        try (var driver = GraphDatabase.driver(options.bolt(), boltAuth(), config)) {
            driver.verifyConnectivity();
            System.out.println("Counting nodes and sampling ids over " + options.bolt() + " ...");
            var counts = Samples.counts(driver);
            var samples = Samples.take(driver, options.families());
            System.out.printf("Sampled %d families (%d with help questions, %d with open ones), %d directory pairs, %d words, "
                            + "%d municipalities, %d helpers%n", samples.families().size(), samples.familiesWithQuestions().size(),
                    samples.familiesWithOpenQuestions().size(), samples.directory().size(), samples.words().size(),
                    samples.municipalities().size(), samples.helpers().size());
            var notes = new ArrayList<String>();
            var service = new ServiceOperations(new GraphQl(options.url()), tokens, samples);
            var reads = new ArrayList<String>();
            for (var operation : ServiceOperations.READS) {
                if (!options.selected(operation)) {
                    continue;
                }
                var missing = service.missingSamples(operation);
                if (missing != null) {
                    notes.add(operation + " not measured: " + missing + " in the database.");
                }
                else {
                    reads.add(operation);
                }
            }

            var serviceStats = stats(reads);
            var writeStats = stats(ServiceOperations.WRITES);
            var writers = new ArrayList<Client>();
            if (options.writers() > 0 && service.canWrite()) {
                var openMatches = ConcurrentHashMap.<String>newKeySet();
                for (int i = 0; i < options.writers(); i++) {
                    writers.add(service.writer(writeStats, openMatches));
                }
            }
            else if (options.writers() > 0) {
                notes.add("Write mix not run: no sampled family with an open help question and a household.");
            }
            check("service", reads, service::reader, writers);
            measure("service", reads, serviceStats, service::reader, writers, writeStats, options.duration(), options);
            writeStats.values().stream().filter(s -> s.successes() + s.errors() > 0).forEach(s -> print("write", s));

            var floorStats = stats(options.floor() ? reads : List.of());
            if (options.floor()) {
                var floor = new FloorOperations(driver, samples);
                check("floor", reads, floor::reader, List.of());
                measure("floor", reads, floorStats, floor::reader, List.of(), Map.of(), options.floorDuration(), options);
            }

            var peerStats = new LinkedHashMap<String, Stats>();
            if (options.peer() != null) {
                var peer = PeerOperations.load(new GraphQl(options.peer()), samples, options.peerQueries());
                var shared = reads.stream().filter(PeerOperations.SHARED::contains).filter(peer::has).toList();
                reads.stream().filter(PeerOperations.SHARED::contains).filter(operation -> !peer.has(operation))
                        .forEach(operation -> notes.add("Peer skipped for " + operation + ": no "
                                + options.peerQueries().resolve(operation + ".graphql") + "."));
                peerStats.putAll(stats(shared));
                check("peer", shared, peer::reader, List.of());
                measure("peer", shared, peerStats, peer::reader, List.of(), Map.of(), options.peerDuration(), options);
            }

            var served = ServiceProcess.served(SERVE_DIRECTORY.resolve("service.properties"));
            Long pid = options.servicePid();
            if (pid == null && served.getProperty("pid") != null && ServiceProcess.alive(Long.parseLong(served.getProperty("pid")))) {
                pid = Long.parseLong(served.getProperty("pid"));
            }
            if (pid == null) {
                pid = ServiceProcess.listeningOn(port(options)).orElse(null);
            }
            var memory = pid == null ? null : ServiceProcess.memoryKib(pid).orElse(null);
            if (memory == null) {
                notes.add("Resident memory unknown: give --service-pid, or run the service on this machine as this user.");
            }
            var results = new Report.Results(options, counts, samples, serviceStats, writeStats, floorStats, peerStats,
                    writers.size(), notes, served, pid, memory, started, Instant.now(), loadBefore, ServiceProcess.loadAverage());
            Report.write(results);
            System.out.println("Report: " + options.output().resolve("report.md") + " and report.json");
        }
    }

    private static Map<String, Stats> stats(List<String> operations) {
        var stats = new LinkedHashMap<String, Stats>();
        operations.forEach(operation -> stats.put(operation, new Stats(operation)));
        return stats;
    }

    /** One request of each operation before anything is timed, so a broken one shows at once with its error. */
    private static void check(String target, List<String> operations, BiFunction<String, Stats, Client> reader,
                              List<Client> writers) {
        var random = new Random(1);
        var timer = new Timer(false, Long.MAX_VALUE);
        var clients = new LinkedHashMap<String, Client>();
        operations.forEach(operation -> clients.put(operation, reader.apply(operation, new Stats(operation))));
        if (!writers.isEmpty()) {
            clients.put("write mix", writers.get(0));
        }
        clients.forEach((name, client) -> {
            try {
                client.turn(random, timer);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (Exception e) {
                System.out.printf("  %s %s failed its first request: %s%n", target, name, ClosedLoop.describe(e));
            }
        });
    }

    /**
     * A warm-up of all operations mixed (not recorded), then each operation alone for {@code duration} with the
     * clients, while the writers run alongside.
     */
    private static void measure(String target, List<String> operations, Map<String, Stats> stats,
                                BiFunction<String, Stats, Client> reader, List<Client> writers, Map<String, Stats> writeStats,
                                Duration duration, Options options) throws InterruptedException {
        if (operations.isEmpty()) {
            return;
        }
        if (!options.warmUp().isZero()) {
            System.out.printf("%s: warm-up %d s%n", target, options.warmUp().toSeconds());
            var mixed = operations.stream().map(operation -> reader.apply(operation, new Stats(operation))).toList();
            var clients = new ArrayList<Client>();
            for (int i = 0; i < options.clients(); i++) {
                clients.add((random, timer) -> ServiceOperations.pick(random, mixed).turn(random, timer));
            }
            clients.addAll(writers);
            ClosedLoop.run(clients, options.warmUp(), false, options.seed());
        }
        for (var operation : operations) {
            var clients = new ArrayList<Client>();
            for (int i = 0; i < options.clients(); i++) {
                clients.add(reader.apply(operation, stats.get(operation)));
            }
            clients.addAll(writers);
            var seconds = ClosedLoop.run(clients, duration, true, options.seed());
            stats.get(operation).addSeconds(seconds);
            if (!writers.isEmpty()) {
                writeStats.values().forEach(write -> write.addSeconds(seconds));
            }
            print(target, stats.get(operation));
        }
    }

    private static void print(String target, Stats s) {
        System.out.printf("%s %-20s p50 %8.2f ms  p95 %8.2f ms  p99 %8.2f ms  max %8.2f ms  %8.1f req/s  errors %d%n",
                target, s.operation(), s.percentileMillis(50), s.percentileMillis(95), s.percentileMillis(99), s.maxMillis(),
                s.throughput(), s.errors());
        s.messages().forEach((message, count) -> System.out.printf("    %d x %s%n", count, message));
    }

    private static int port(Options options) {
        var port = options.url().getPort();
        return port > 0 ? port : "https".equals(options.url().getScheme()) ? 443 : 80;
    }

    /**
     * NEO4J_USERNAME and NEO4J_PASSWORD when set (a server); otherwise the password the service keeps in the data
     * directory bench/serve.sh recorded (the embedded database requires it).
     */
    private static AuthToken boltAuth() {
        var password = System.getenv("NEO4J_PASSWORD");
        if (password != null && !password.isBlank()) {
            var user = System.getenv("NEO4J_USERNAME");
            return AuthTokens.basic(user == null || user.isBlank() ? EmbeddedCredentials.USER : user, password);
        }
        var dataDir = ServiceProcess.served(SERVE_DIRECTORY.resolve("service.properties")).getProperty("dataDir");
        if (dataDir != null && Files.isRegularFile(Path.of(dataDir, EmbeddedCredentials.FILE_NAME))) {
            return EmbeddedCredentials.read(Path.of(dataDir)).authToken();
        }
        return AuthTokens.none();
    }
}
