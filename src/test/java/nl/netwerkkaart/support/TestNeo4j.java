package nl.netwerkkaart.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * The in-process Neo4j servers of the tests (the suite's {@link SharedHarness} and the few tests that need a database of
 * their own), built alike: Bolt only, files in memory where the machine has room for them, and a Bolt server that stops
 * at once. Real Neo4j all the same; only where its files live and how long it lingers on close differ from a server.
 */
public final class TestNeo4j {

    /** Linux's memory file system; the harness writes its transaction log there without waiting for a disk. */
    private static final Path MEMORY = Path.of("/dev/shm");
    /** A container's default /dev/shm is 64 MB, too small for the suite's database: then the temporary folder it is. */
    private static final long ENOUGH = 1024L * 1024 * 1024;

    private TestNeo4j() {
    }

    /** A builder for an in-process Neo4j without its HTTP server; call {@code build()} and close it when done. */
    public static Neo4jBuilder builder() {
        var builder = workingDir() == null ? Neo4jBuilders.newInProcessBuilder() : Neo4jBuilders.newInProcessBuilder(workingDir());
        return builder.withDisabledServer()
                // Bolt's Netty event loops wait for 5 quiet seconds each (two groups) before they stop: 10 s per close
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0);
    }

    private static Path workingDir() {
        try {
            if (Files.isDirectory(MEMORY) && Files.isWritable(MEMORY) && Files.getFileStore(MEMORY).getUsableSpace() > ENOUGH) {
                return MEMORY;
            }
        }
        catch (IOException | SecurityException e) {
            // no memory file system to use: the default folder will do
        }
        return null;
    }
}
