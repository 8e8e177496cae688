package nl.netwerkkaart.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Family access and its audit go through one gate: no feature writes audit events or asks the access rule itself, so
 * none can forget half of it. The rule ({@link FamilyAccess}) is package-private, which the compiler enforces; this
 * test keeps the audit writer out of the features.
 */
class FamilyGateArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/nl/netwerkkaart");

    @Test
    void only_the_gate_and_the_audit_feature_use_the_audit_service() throws IOException {
        assertThat(sourcesOutside("access", "audit").filter(source -> contains(source, "AuditService")).toList())
                .as("sources outside the access and audit packages that use AuditService")
                .isEmpty();
    }

    @Test
    void no_statement_asks_the_database_for_today() throws IOException {
        // "today" comes from the one Clock as $today; Cypher's date() would use the database server's zone
        var cypherDate = Pattern.compile("(?<![.\\w])(?<!LocalDate )date\\(\\)|date\\(\\{timezone");
        assertThat(sourcesOutside().filter(source -> cypherDate.matcher(read(source)).find()).toList())
                .as("sources whose Cypher asks the database for today")
                .isEmpty();
    }

    private static Stream<Path> sourcesOutside(String... packages) throws IOException {
        var excluded = List.of(packages);
        try (var files = Files.walk(MAIN)) {
            return files.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> excluded.stream().noneMatch(name -> path.startsWith(MAIN.resolve(name))))
                    .toList().stream();
        }
    }

    private static boolean contains(Path source, String text) {
        return read(source).contains(text);
    }

    private static String read(Path source) {
        try {
            return Files.readString(source);
        }
        catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
