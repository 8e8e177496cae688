package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/** Writes report.md and report.json: the figures per operation side by side, and the targets met or missed. */
final class Report {

    /** Everything one run measured. */
    record Results(Options options, Map<String, Long> counts, Samples samples, Map<String, Stats> service,
                   Map<String, Stats> writes, Map<String, Stats> floor, Map<String, Stats> peer,
                   Map<String, Stats> securedPeer, Map<String, Map<String, Benchmark.WarmUp>> warmUps, int writers,
                   List<String> notes, Properties served, Long pid, long[] memoryKib, Instant started, Instant finished,
                   String loadBefore, String loadAfter) {
    }

    /** A target of issues 7 and 20 and whether the run met it; {@code met} null when it could not be measured. */
    record Target(String target, String measured, Boolean met) {
    }

    private static final double FLOOR_RATIO = 2.0;
    private static final double PEER_RATIO = 2.0;

    private Report() {
    }

    static void write(Results results) throws IOException {
        var targets = targets(results);
        Files.createDirectories(results.options().output());
        Files.writeString(results.options().output().resolve("report.json"),
                GraphQl.json().writerWithDefaultPrettyPrinter().writeValueAsString(json(results, targets)) + "\n");
        Files.writeString(results.options().output().resolve("report.md"), markdown(results, targets));
    }

    /**
     * The targets: issue 7's latencies on p95; issue 20's throughputs (within 2 × the floor's, at least 2 × each
     * peer's), writes and start-up.
     */
    static List<Target> targets(Results r) {
        var targets = new ArrayList<Target>();
        var p95Limits = new LinkedHashMap<String, Double>();
        p95Limits.put(ServiceOperations.FAMILY_NETWORK, 10.0);
        p95Limits.put(ServiceOperations.PROFESSIONALS, 20.0);
        p95Limits.put(ServiceOperations.SEARCH, 20.0);
        p95Limits.put(ServiceOperations.SUPPORT_OPTIONS, 40.0);
        p95Limits.put(ServiceOperations.MATCH_PROFESSIONALS, 40.0);
        p95Limits.put(ServiceOperations.NETWORK_SUPPORT_FOR, 40.0);
        p95Limits.put(ServiceOperations.AREA_COVERAGE, 300.0);
        p95Limits.put(ServiceOperations.FLOW_STATISTICS, 300.0);
        p95Limits.forEach((operation, limit) -> {
            var stats = r.service().get(operation);
            if (stats != null) {
                targets.add(p95(operation, stats, limit));
            }
        });
        var network = r.service().get(ServiceOperations.FAMILY_NETWORK);
        if (network != null) {
            targets.add(new Target("familyNetwork ≥ 600 requests/s", format(network.throughput()) + " requests/s",
                    network.errors() == 0 && network.throughput() >= 600));
        }
        r.writes().forEach((operation, stats) -> {
            if (stats.successes() + stats.errors() > 0) {
                targets.add(p95(operation + " (write)", stats, 50.0));
            }
        });
        r.service().forEach((operation, stats) -> {
            var floor = r.floor().get(operation);
            if (floor != null && floor.successes() > 0 && stats.successes() > 0) {
                var ratio = floor.throughput() / stats.throughput();
                targets.add(new Target(operation + " throughput ≥ floor's ÷ " + format(FLOOR_RATIO),
                        "floor ÷ service " + format(ratio), stats.errors() == 0 && ratio <= FLOOR_RATIO));
            }
        });
        peerTargets(targets, r, r.peer(), "peer");
        peerTargets(targets, r, r.securedPeer(), "secured peer");
        // the target is for an existing database; a first start also applies the migrations and may load data
        var startup = r.served().getProperty("startupSeconds");
        var existing = "true".equals(r.served().getProperty("dataDirExisted"));
        targets.add(new Target("start-up on an existing database < 20 s",
                startup == null ? "not recorded (start with bench/serve.sh)"
                        : startup + " s" + (existing ? "" : " (new data directory: migrations and data loaded at start)"),
                startup == null || !existing ? null : Double.parseDouble(startup) < 20));
        var hot = r.warmUps().getOrDefault("service", Map.of());
        if (!hot.isEmpty()) {
            var first = hot.values().iterator().next();
            targets.add(new Target("service hot (each operation steady within the tolerance)",
                    format(first.seconds()) + " s for the first operation after the start, "
                            + format(hot.values().stream().mapToDouble(Benchmark.WarmUp::seconds).sum()) + " s for all"
                            + (hot.values().stream().allMatch(Benchmark.WarmUp::steady) ? "" : "; not every operation got steady"),
                    null));
        }
        var heap = r.served().getProperty("heap", "?");
        var pageCache = r.served().getProperty("pageCache", "?");
        targets.add(new Target("runs in " + heap + " heap + " + pageCache + " page cache (resident memory reported)",
                r.memoryKib() == null ? "unknown" : mib(r.memoryKib()[0]) + " resident, peak " + mib(r.memoryKib()[1]), null));
        return targets;
    }

    private static void peerTargets(List<Target> targets, Results r, Map<String, Stats> peers, String name) {
        peers.forEach((operation, peer) -> {
            var stats = r.service().get(operation);
            if (stats != null && peer.throughput() == 0) {
                targets.add(new Target(operation + " throughput ≥ 2 × " + name, "the " + name + " answered nothing without error", null));
            }
            else if (stats != null) {
                var ratio = stats.throughput() / peer.throughput();
                targets.add(new Target(operation + " throughput ≥ 2 × " + name,
                        format(ratio) + " ×" + (peer.errors() > 0 ? " (the " + name + " had " + peer.errors() + " errors)" : ""),
                        peer.errors() > 0 ? null : stats.errors() == 0 && ratio >= PEER_RATIO));
            }
        });
    }

    private static Target p95(String operation, Stats stats, double limitMillis) {
        var p95 = stats.percentileMillis(95);
        return new Target(operation + " p95 ≤ " + format(limitMillis) + " ms",
                format(p95) + " ms" + (stats.errors() > 0 ? ", " + stats.errors() + " errors" : ""),
                stats.successes() + stats.errors() == 0 ? null : stats.errors() == 0 && p95 <= limitMillis);
    }

    private static Map<String, Object> json(Results r, List<Target> targets) {
        var o = r.options();
        var json = new LinkedHashMap<String, Object>();
        json.put("started", r.started().toString());
        json.put("finished", r.finished().toString());
        var run = new LinkedHashMap<String, Object>();
        run.put("url", o.url().toString());
        run.put("bolt", o.bolt().toString());
        run.put("peer", o.peer() == null ? null : o.peer().toString());
        run.put("securedPeer", o.securedPeer() == null ? null : o.securedPeer().toString());
        run.put("clients", o.clients());
        run.put("writers", r.writers());
        run.put("maxWarmUpSeconds", o.warmUp().toSeconds());
        run.put("warmUpWindowSeconds", o.window().toSeconds());
        run.put("steadyTolerance", o.steadyTolerance());
        run.put("durationSeconds", o.duration().toSeconds());
        run.put("floorDurationSeconds", o.floor() ? o.floorDuration().toSeconds() : null);
        run.put("peerDurationSeconds", o.peer() == null && o.securedPeer() == null ? null : o.peerDuration().toSeconds());
        run.put("sampledFamilies", r.samples().families().size());
        run.put("seed", o.seed());
        run.put("loadAverageBefore", r.loadBefore());
        run.put("loadAverageAfter", r.loadAfter());
        json.put("run", run);
        json.put("scale", scale(r.counts()));
        json.put("counts", r.counts());
        var service = new LinkedHashMap<String, Object>();
        service.put("pid", r.pid());
        service.put("residentMemoryKib", r.memoryKib() == null ? null : r.memoryKib()[0]);
        service.put("peakResidentMemoryKib", r.memoryKib() == null ? null : r.memoryKib()[1]);
        service.put("served", new LinkedHashMap<>(r.served()));
        json.put("service", service);
        var operations = new LinkedHashMap<String, Object>();
        r.service().forEach((operation, stats) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("service", figures(stats));
            var floor = r.floor().get(operation);
            if (floor != null) {
                entry.put("floor", figures(floor));
                entry.put("floorToServiceThroughput", number(ratio(floor.throughput(), stats.throughput())));
                entry.put("serviceToFloorP50", number(ratio(stats.percentileMillis(50), floor.percentileMillis(50))));
            }
            var peer = r.peer().get(operation);
            if (peer != null) {
                entry.put("peer", figures(peer));
                entry.put("serviceToPeerThroughput", number(ratio(stats.throughput(), peer.throughput())));
            }
            var securedPeer = r.securedPeer().get(operation);
            if (securedPeer != null) {
                entry.put("securedPeer", figures(securedPeer));
                entry.put("serviceToSecuredPeerThroughput", number(ratio(stats.throughput(), securedPeer.throughput())));
            }
            var warmUps = new LinkedHashMap<String, Object>();
            r.warmUps().forEach((target, byOperation) -> {
                var warmUp = byOperation.get(operation);
                if (warmUp != null) {
                    warmUps.put(target, Map.of("seconds", warmUp.seconds(), "steady", warmUp.steady(),
                            "windowThroughputs", warmUp.windows().stream().map(Report::number).toList()));
                }
            });
            entry.put("warmUp", warmUps);
            operations.put(operation, entry);
        });
        json.put("operations", operations);
        var writes = new LinkedHashMap<String, Object>();
        r.writes().forEach((operation, stats) -> writes.put(operation, figures(stats)));
        json.put("writes", writes);
        json.put("targets", targets);
        json.put("notes", r.notes());
        return json;
    }

    private static Map<String, Object> figures(Stats stats) {
        var figures = new LinkedHashMap<String, Object>();
        figures.put("requests", stats.successes() + stats.errors());
        figures.put("errors", stats.errors());
        figures.put("p50Ms", number(stats.percentileMillis(50)));
        figures.put("p95Ms", number(stats.percentileMillis(95)));
        figures.put("p99Ms", number(stats.percentileMillis(99)));
        figures.put("maxMs", number(stats.maxMillis()));
        figures.put("throughput", number(stats.throughput()));
        figures.put("seconds", stats.seconds());
        figures.put("errorMessages", stats.messages());
        return figures;
    }

    private static String markdown(Results r, List<Target> targets) {
        var o = r.options();
        var md = new StringBuilder();
        md.append("# Benchmark report\n\n");
        md.append("Run from ").append(r.started()).append(" to ").append(r.finished()).append(" against ").append(o.url())
                .append(" (Bolt ").append(o.bolt()).append(o.peer() == null ? "" : ", peer " + o.peer())
                .append(o.securedPeer() == null ? "" : ", secured peer " + o.securedPeer()).append(").\n\n");
        md.append("- Clients: ").append(o.clients()).append(" concurrent, closed loop; writers alongside the service's reads: ")
                .append(r.writers()).append("\n");
        md.append("- Hot, not warmed for a fixed time: before it is measured, each operation runs on each target in ")
                .append(o.window().toSeconds()).append(" s windows (not recorded) until two in a row agree within ")
                .append(format(o.steadyTolerance() * 100)).append(" % (at most ").append(o.warmUp().toSeconds())
                .append(" s); the targets take turns in a rotating order per operation; measured ")
                .append(o.duration().toSeconds()).append(" s per service operation");
        if (o.floor()) {
            md.append(", ").append(o.floorDuration().toSeconds()).append(" s per floor operation");
        }
        if (o.peer() != null || o.securedPeer() != null) {
            md.append(", ").append(o.peerDuration().toSeconds()).append(" s per peer operation");
        }
        md.append("\n- Sampled families: ").append(r.samples().families().size()).append(", seed ").append(o.seed()).append("\n");
        md.append("- Load average (1, 5, 15 min) before: ").append(r.loadBefore()).append(", after: ").append(r.loadAfter())
                .append(" (on a shared machine the figures are only as good as this)\n\n");

        md.append("## Scale\n\n").append(scale(r.counts())).append("\n\n| label or relationship | count |\n|---|---:|\n");
        r.counts().forEach((name, count) -> md.append("| ").append(name.startsWith("[") ? "`" + name + "`" : name)
                .append(" | ").append(String.format(Locale.ROOT, "%,d", count)).append(" |\n"));

        md.append("\n## Service process\n\n");
        md.append("- PID: ").append(r.pid() == null ? "unknown" : r.pid()).append("\n");
        md.append("- Resident memory (VmRSS): ").append(r.memoryKib() == null ? "unknown" : mib(r.memoryKib()[0]))
                .append(", peak (VmHWM): ").append(r.memoryKib() == null ? "unknown" : mib(r.memoryKib()[1])).append("\n");
        md.append("- Heap: ").append(r.served().getProperty("heap", "not recorded")).append(", page cache: ")
                .append(r.served().getProperty("pageCache", "not recorded")).append(", start-up: ")
                .append(r.served().containsKey("startupSeconds") ? r.served().getProperty("startupSeconds") + " s" : "not recorded")
                .append(", data: ").append(r.served().getProperty("dataDir", "not recorded")).append("\n");

        md.append("\n## Reads: service and floor\n\n");
        md.append("Latencies in ms. The floor is the same data fetched by the minimal Cypher through the Neo4j Java Driver "
                + "(no HTTP, GraphQL, access check or audit), with the same number of clients.\n\n");
        md.append("`viewer` is the trivial query `{ viewer { userId } }` against the floor's `RETURN 1`: what a request costs "
                + "besides its data.\n\n");
        md.append("| operation | p50 | p95 | p99 | max | req/s | errors | floor p50 | floor p95 | floor req/s | floor errors | floor ÷ service req/s | ×floor p50 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        r.service().forEach((operation, s) -> {
            md.append("| ").append(operation).append(" | ").append(row(s));
            var f = r.floor().get(operation);
            if (f == null) {
                md.append(" | | | | | | |\n");
            }
            else {
                md.append(" | ").append(format(f.percentileMillis(50))).append(" | ").append(format(f.percentileMillis(95)))
                        .append(" | ").append(format(f.throughput())).append(" | ").append(f.errors())
                        .append(" | ").append(format(ratio(f.throughput(), s.throughput())))
                        .append(" | ").append(format(ratio(s.percentileMillis(50), f.percentileMillis(50)))).append(" |\n");
            }
        });

        md.append("\n## Writes (alongside the reads)\n\n");
        if (r.writers() == 0) {
            md.append("Not run.\n");
        }
        else {
            md.append("One turn of a writer: addNetworkPerson, addNetworkTie, proposeMatch, confirmMatch, closeMatch, as the "
                    + "family's coach; measured during all of the service's read phases.\n\n");
            md.append("| operation | p50 | p95 | p99 | max | req/s | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
            r.writes().forEach((operation, s) -> md.append("| ").append(operation).append(" | ").append(row(s)).append(" |\n"));
        }

        md.append("\n## Peer\n\n");
        if (r.peer().isEmpty() && r.securedPeer().isEmpty()) {
            md.append(o.peer() == null && o.securedPeer() == null ? "Not measured (no --peer).\n" : "No peer operation measured.\n");
        }
        else {
            md.append("The peer as its benchmark users run it (no access rule), and secured (`PEER_SECURED=1`: the coach's "
                    + "access rule as `@authorization`, as anyone deploying it with family data would).\n\n");
            md.append("| operation | service req/s | peer req/s | ×peer | secured peer req/s | ×secured peer | service p95 | peer p95 | secured peer p95 | peer errors |\n");
            md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            var operations = new LinkedHashSet<>(r.peer().keySet());
            operations.addAll(r.securedPeer().keySet());
            operations.forEach(operation -> {
                var s = r.service().get(operation);
                var p = r.peer().get(operation);
                var q = r.securedPeer().get(operation);
                md.append("| ").append(operation).append(" | ").append(format(s.throughput()))
                        .append(" | ").append(p == null ? "" : format(p.throughput()))
                        .append(" | ").append(p == null ? "" : format(ratio(s.throughput(), p.throughput())))
                        .append(" | ").append(q == null ? "" : format(q.throughput()))
                        .append(" | ").append(q == null ? "" : format(ratio(s.throughput(), q.throughput())))
                        .append(" | ").append(format(s.percentileMillis(95)))
                        .append(" | ").append(p == null ? "" : format(p.percentileMillis(95)))
                        .append(" | ").append(q == null ? "" : format(q.percentileMillis(95)))
                        .append(" | ").append((p == null ? 0 : p.errors()) + (q == null ? 0 : q.errors())).append(" |\n");
            });
        }

        md.append("\n## Getting hot\n\n");
        md.append("Seconds each operation ran before two windows in a row agreed; the service's first operation includes "
                + "what a start leaves cold (its JVM, the query plans, the page cache).\n\n| target |");
        r.service().keySet().forEach(operation -> md.append(" ").append(operation).append(" |"));
        md.append("\n|---|").append("---:|".repeat(r.service().size())).append("\n");
        r.warmUps().forEach((target, byOperation) -> {
            md.append("| ").append(target).append(" |");
            r.service().keySet().forEach(operation -> {
                var warmUp = byOperation.get(operation);
                md.append(" ").append(warmUp == null ? "" : format(warmUp.seconds()) + (warmUp.steady() ? "" : " (not steady)")).append(" |");
            });
            md.append("\n");
        });

        md.append("\n## Targets (issues 7 and 20)\n\n| target | measured | |\n|---|---|---|\n");
        targets.forEach(t -> md.append("| ").append(t.target()).append(" | ").append(t.measured()).append(" | ")
                .append(t.met() == null ? "reported" : t.met() ? "met" : "**missed**").append(" |\n"));

        var errors = new StringBuilder();
        appendErrors(errors, "service", r.service());
        appendErrors(errors, "write", r.writes());
        appendErrors(errors, "floor", r.floor());
        appendErrors(errors, "peer", r.peer());
        appendErrors(errors, "secured peer", r.securedPeer());
        md.append("\n## Errors\n\n").append(errors.isEmpty() ? "None.\n" : errors);
        if (!r.notes().isEmpty()) {
            md.append("\n## Notes\n\n");
            r.notes().forEach(note -> md.append("- ").append(note).append("\n"));
        }
        return md.toString();
    }

    private static void appendErrors(StringBuilder md, String target, Map<String, Stats> stats) {
        stats.forEach((operation, s) -> s.messages().forEach((message, count) -> md.append("- ").append(target).append(" ")
                .append(operation).append(": ").append(count).append(" × ").append(message.replace("|", "\\|")).append("\n")));
    }

    private static String row(Stats s) {
        return format(s.percentileMillis(50)) + " | " + format(s.percentileMillis(95)) + " | " + format(s.percentileMillis(99))
                + " | " + format(s.maxMillis()) + " | " + format(s.throughput()) + " | " + s.errors();
    }

    /** The scale closest to the number of families, or "other" when none is within a factor of two. */
    static String scale(Map<String, Long> counts) {
        var families = counts.getOrDefault("Family", 0L);
        var scales = Map.of("municipality", 5_000L, "region", 50_000L, "province", 250_000L);
        return scales.entrySet().stream()
                .filter(e -> families >= e.getValue() / 2 && families <= e.getValue() * 2)
                .map(e -> e.getKey() + " scale (" + String.format(Locale.ROOT, "%,d", families) + " families)")
                .findFirst()
                .orElse("other scale (" + String.format(Locale.ROOT, "%,d", families) + " families)");
    }

    private static double ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? Double.NaN : a / b;
    }

    private static Double number(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Math.round(value * 1000) / 1000.0;
    }

    private static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, value >= 100 ? "%.0f" : value >= 10 ? "%.1f" : "%.2f", value);
    }

    private static String mib(long kib) {
        return kib < 0 ? "unknown" : String.format(Locale.ROOT, "%,d MiB", kib / 1024);
    }
}
