package nl.netwerkkaart.bench.generate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator writes the rule keys as the service does, so a generated database starts like one the service wrote:
 * the service's own check afterwards finds nothing to set (no key left out, none twice, or the deferred constraints
 * would not have been created again) and marks the database, so its first start does not scan the data.
 */
class DataGeneratorTest {

    @TempDir
    Path dataDir;

    @Test
    void a_small_generated_database_holds_every_rule_key_and_the_marker() throws Exception {
        var tiny = new Scale("test", 1, 120, 60, 30);
        int status = new DataGenerator(tiny, dataDir, 42, LocalDate.of(2026, 12, 7), 2, 20, "64m").run();

        assertThat(status).isZero();
        var summary = Files.readString(dataDir.resolve("generation.json"));
        assertThat(summary).containsPattern("\"ruleKeys\"\\s*:\\s*\"NOTHING_TO_SET\"");
        assertThat(summary).containsPattern("\"NetworkTieVersion\"\\s*:\\s*[1-9]");
        assertThat(summary).containsPattern("\"USES\"\\s*:\\s*[1-9]");
    }
}
