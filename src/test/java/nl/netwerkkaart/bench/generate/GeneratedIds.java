package nl.netwerkkaart.bench.generate;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids derived from the seed, the kind of thing and its index (name-based UUIDs), so the same seed always yields the
 * same ids and a benchmark can compute them instead of looking them up. Examples with seed 42:
 * {@code id("municipality", 0)}, {@code id("professional", 17)}, {@code id("family", 1234)},
 * {@code id("question", "1234/0")} (the first help question of family 1234).
 */
final class GeneratedIds {

    private final long seed;

    GeneratedIds(long seed) {
        this.seed = seed;
    }

    String id(String kind, Object index) {
        return UUID.nameUUIDFromBytes(("netwerkkaart-bench:" + seed + ":" + kind + ":" + index)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A well-mixed random seed for one numbered thing, independent of the order things are generated in. */
    long stream(String kind, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + kind.hashCode() * 0xC2B2AE3D27D4EB4FL + index * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
