package nl.netwerkkaart.bench.run;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Command-line options of the benchmark; see docs/benchmark.md. */
record Options(URI url, URI bolt, URI peer, URI securedPeer, Path peerQueries, int clients, int writers, Duration warmUp,
               Duration window, double steadyTolerance,
               Duration duration, Duration floorDuration, Duration peerDuration, int families, Set<String> operations,
               boolean floor, Long servicePid, Path output, long seed, boolean keysOnly) {

    static final String USAGE = """
            Usage: bench/run.sh [options]
              --url URL               the service's GraphQL endpoint (default http://127.0.0.1:8080/graphql)
              --bolt URI              the service's Bolt address, for samples, counts and the floor (default bolt://127.0.0.1:7687)
              --peer URL              the @neo4j/graphql peer's endpoint; measured side by side when given
              --peer-secured URL      the same peer started with PEER_SECURED=1 (the coach's access rule as @authorization);
                                      measured side by side when given
              --peer-queries DIR      the peer's documents (default bench/peer/queries)
              --clients N             concurrent reading clients (default 8)
              --writers N             extra clients running the write mix during the service's read phases (default 1; 0: none)
              --warm-up SECONDS       longest warm-up per operation and target, not recorded (default 300): each runs
                                      window after window until two in a row agree within --steady
              --window SECONDS        length of a warm-up window (default 10)
              --steady PERCENT        how close two windows' throughputs must be to count as hot (default 5)
              --duration SECONDS      measurement per operation (default 60)
              --floor-duration S      measurement per floor operation (default: --duration)
              --peer-duration S       measurement per peer operation (default: --duration)
              --families N            families to sample (default 1000)
              --operations A,B,...    only these operations (default all)
              --no-floor              skip the floor
              --service-pid PID       the service's process, for its resident memory (default: the java process on the port)
              --output DIR            where the report goes (default target/bench)
              --seed N                random seed for sampling and request order (default 7)
              --quick                 try-out: at most 30 s warm-up in 3 s windows, 10 s per operation, 4 clients
              --keys-only             only make the JWT key pair in target/bench (bench/serve.sh does this)
            """;

    static Options parse(String[] args) {
        var url = URI.create("http://127.0.0.1:8080/graphql");
        var bolt = URI.create("bolt://127.0.0.1:7687");
        URI peer = null;
        URI securedPeer = null;
        Duration window = null;
        double steady = 5;
        var peerQueries = Path.of("bench/peer/queries");
        Integer clients = null;
        int writers = 1;
        Duration warmUp = null;
        Duration duration = null;
        Duration floorDuration = null;
        Duration peerDuration = null;
        int families = 1000;
        Set<String> operations = Set.of();
        boolean floor = true;
        Long servicePid = null;
        var output = Path.of("target/bench");
        long seed = 7;
        boolean quick = false;
        boolean keysOnly = false;
        var rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            var option = rest.remove(0);
            switch (option) {
                case "--url" -> url = URI.create(value(option, rest));
                case "--bolt" -> bolt = URI.create(value(option, rest));
                case "--peer" -> peer = URI.create(value(option, rest));
                case "--peer-secured" -> securedPeer = URI.create(value(option, rest));
                case "--window" -> window = Duration.ofSeconds(positive(option, value(option, rest)));
                case "--steady" -> steady = positive(option, value(option, rest));
                case "--peer-queries" -> peerQueries = Path.of(value(option, rest));
                case "--clients" -> clients = positive(option, value(option, rest));
                case "--writers" -> writers = Integer.parseInt(value(option, rest));
                case "--warm-up" -> warmUp = Duration.ofSeconds(Integer.parseInt(value(option, rest)));
                case "--duration" -> duration = Duration.ofSeconds(positive(option, value(option, rest)));
                case "--floor-duration" -> floorDuration = Duration.ofSeconds(positive(option, value(option, rest)));
                case "--peer-duration" -> peerDuration = Duration.ofSeconds(positive(option, value(option, rest)));
                case "--families" -> families = positive(option, value(option, rest));
                case "--operations" -> operations = Set.of(value(option, rest).split(","));
                case "--no-floor" -> floor = false;
                case "--service-pid" -> servicePid = Long.parseLong(value(option, rest));
                case "--output" -> output = Path.of(value(option, rest));
                case "--seed" -> seed = Long.parseLong(value(option, rest));
                case "--quick" -> quick = true;
                case "--keys-only" -> keysOnly = true;
                case "--help", "-h" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        if (writers < 0) {
            throw new IllegalArgumentException("--writers must be 0 or more");
        }
        clients = clients != null ? clients : quick ? 4 : 8;
        warmUp = warmUp != null ? warmUp : Duration.ofSeconds(quick ? 30 : 300);
        window = window != null ? window : Duration.ofSeconds(quick ? 3 : 10);
        duration = duration != null ? duration : Duration.ofSeconds(quick ? 10 : 60);
        return new Options(url, bolt, peer, securedPeer, peerQueries, clients, writers, warmUp, window, steady / 100, duration,
                floorDuration != null ? floorDuration : duration, peerDuration != null ? peerDuration : duration,
                families, operations, floor, servicePid, output, seed, keysOnly);
    }

    boolean selected(String operation) {
        return operations.isEmpty() || operations.contains(operation);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.remove(0);
    }

    private static int positive(String option, String value) {
        var n = Integer.parseInt(value);
        if (n <= 0) {
            throw new IllegalArgumentException(option + " must be positive");
        }
        return n;
    }
}
