package nl.netwerkkaart.ops;

import sun.misc.Signal;

/**
 * SIGTERM is how operators, orchestrators and {@code ./mvnw spring-boot:run} (five seconds after Ctrl-C) ask the
 * service to stop. The JVM's own handler then ends the process with status 143, which Maven reports as BUILD FAILURE
 * and service managers as a failure, although the shutdown was clean. This handler runs the same graceful shutdown
 * (the shutdown hooks: Tomcat drains, Neo4j checkpoints and closes) and ends with status 0. A shutdown already under
 * way, e.g. after Ctrl-C, keeps its own status (130, which Maven accepts).
 */
public final class StopSignal {

    private StopSignal() {
    }

    /** Called once from {@code main}; not in tests, whose JVM is not the service's. */
    public static void install() {
        try {
            // System.exit blocks the signal's thread until the hooks have run, so it gets its own
            Signal.handle(new Signal("TERM"), signal -> new Thread(() -> System.exit(0), "stop-signal").start());
        }
        catch (IllegalArgumentException e) {
            // the JVM keeps SIGTERM for itself (e.g. -Xrs): its default handling stays
        }
    }
}
