package nl.netwerkkaart.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The audit key and checkpoint files of the suite's Spring contexts, outside the database as in production. All
 * contexts share one database (see {@link SharedHarness}), so they share the key, as the instances of a cluster must;
 * each context appends to its own checkpoint file, as each instance does. Removed when the JVM exits.
 */
public final class TestAuditFiles {

    /** A fictional key for tests only (32 random bytes, base64). */
    public static final String KEY = "KhsIjfTkZ55eF28g31Z28HgcqQj956PCORKxqgxiBJc=";

    private static Path directory;

    private TestAuditFiles() {
    }

    /** A checkpoint file of its own for the context called {@code context}. */
    public static synchronized String checkpointFile(String context) {
        try {
            if (directory == null) {
                directory = Files.createTempDirectory("netwerkkaart-audit-");
                directory.toFile().deleteOnExit();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var file = directory.resolve(context + "-checkpoints.jsonl");
        file.toFile().deleteOnExit();
        return file.toString();
    }
}
