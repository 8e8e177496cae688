package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.net.URI;
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
            // Every target runs each operation hot: warmed until two windows in a row agree, right before it is
            // measured, and the targets take turns in a rotating order per operation, so none measures on a database
            // or JVM another one warmed.
            var targets = new ArrayList<Target>();
            targets.add(new Target("service", service::reader, reads, serviceStats, writers, writeStats, options.duration()));
            var floorStats = stats(options.floor() ? reads : List.of());
            if (options.floor()) {
                var floor = new FloorOperations(driver, samples);
                targets.add(new Target("floor", floor::reader, reads, floorStats, List.of(), Map.of(), options.floorDuration()));
            }
            var peerStats = peer(options.peer(), options, samples, tokens, reads, notes, "peer", targets);
            var securedPeerStats = peer(options.securedPeer(), options, samples, tokens, reads, notes, "secured peer", targets);
            targets.forEach(target -> check(target.name(), target.operations(), target.reader(), target.writers()));
            var warmUps = new LinkedHashMap<String, Map<String, WarmUp>>();
            targets.forEach(target -> warmUps.put(target.name(), new LinkedHashMap<>()));
            for (int i = 0; i < reads.size(); i++) {
                var operation = reads.get(i);
                var turn = targets.stream().filter(target -> target.operations().contains(operation)).toList();
                for (int j = 0; j < turn.size(); j++) {
                    var target = turn.get((i + j) % turn.size());
                    warmUps.get(target.name()).put(operation, warmUp(target, operation, options));
                    measure(target, operation, options);
                }
            }
            writeStats.values().stream().filter(s -> s.successes() + s.errors() > 0).forEach(s -> print("write", s));

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
                    securedPeerStats, warmUps, writers.size(), notes, served, pid, memory, started, Instant.now(), loadBefore, ServiceProcess.loadAverage());
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

    /** The peer at {@code url}, when given, as a target for the operations it expresses. */
    private static Map<String, Stats> peer(URI url, Options options, Samples samples, Tokens tokens, List<String> reads,
                                           List<String> notes,
                                           String name, List<Target> targets) throws IOException {
        if (url == null) {
            return Map.of();
        }
        var peer = PeerOperations.load(new GraphQl(url), samples, tokens, options.peerQueries());
        var shared = reads.stream().filter(PeerOperations.SHARED::contains).filter(peer::has).toList();
        reads.stream().filter(PeerOperations.SHARED::contains).filter(operation -> !peer.has(operation))
                .forEach(operation -> notes.add(name + " skipped for " + operation + ": no "
                        + options.peerQueries().resolve(operation + ".graphql") + "."));
        var stats = stats(shared);
        targets.add(new Target(name, peer::reader, shared, stats, List.of(), Map.of(), options.peerDuration()));
        return stats;
    }

    /** What is measured of one target: its operations, their figures, and the writers that run alongside. */
    private record Target(String name, BiFunction<String, Stats, Client> reader, List<String> operations,
                          Map<String, Stats> stats, List<Client> writers, Map<String, Stats> writeStats, Duration duration) {
    }

    /**
     * How an operation got hot: the throughput of each warm-up window, and whether the last two agreed within the
     * tolerance before the warm-up's limit.
     */
    record WarmUp(List<Double> windows, double windowSeconds, boolean steady) {

        double seconds() {
            return windows.size() * windowSeconds;
        }
    }

    /**
     * Runs {@code operation} alone on {@code target}, with its clients and writers, window after window (nothing
     * recorded) until the throughput of two windows in a row agrees within the tolerance, or the limit is reached.
     */
    private static WarmUp warmUp(Target target, String operation, Options options) throws InterruptedException {
        var windows = new ArrayList<Double>();
        var window = options.window();
        var limit = options.warmUp().toNanos() / Math.max(1, window.toNanos());
        while (windows.size() < Math.max(limit, 2)) {
            var stats = new Stats(operation);
            var clients = clients(target, operation, stats, options);
            stats.addSeconds(ClosedLoop.run(clients, window, true, options.seed() + windows.size()));
            windows.add(stats.throughput());
            if (windows.size() >= 2 && agree(windows.get(windows.size() - 2), windows.get(windows.size() - 1),
                    options.steadyTolerance())) {
                break;
            }
        }
        var n = windows.size();
        var steady = n >= 2 && agree(windows.get(n - 2), windows.get(n - 1), options.steadyTolerance());
        var warmUp = new WarmUp(List.copyOf(windows), window.toNanos() / 1e9, steady);
        System.out.printf("%s %-20s hot after %.0f s%s%n", target.name(), operation, warmUp.seconds(),
                steady ? "" : " (not steady: windows " + windows + ")");
        return warmUp;
    }

    static boolean agree(double a, double b, double tolerance) {
        var larger = Math.max(a, b);
        return larger > 0 && Math.abs(a - b) <= tolerance * larger;
    }

    /** Measures {@code operation} alone on {@code target} for its duration, with the writers alongside. */
    private static void measure(Target target, String operation, Options options) throws InterruptedException {
        var seconds = ClosedLoop.run(clients(target, operation, target.stats().get(operation), options),
                target.duration(), true, options.seed());
        target.stats().get(operation).addSeconds(seconds);
        if (!target.writers().isEmpty()) {
            target.writeStats().values().forEach(write -> write.addSeconds(seconds));
        }
        print(target.name(), target.stats().get(operation));
    }

    private static List<Client> clients(Target target, String operation, Stats stats, Options options) {
        var clients = new ArrayList<Client>();
        for (int i = 0; i < options.clients(); i++) {
            clients.add(target.reader().apply(operation, stats));
        }
        clients.addAll(target.writers());
        return clients;
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
