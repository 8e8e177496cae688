package nl.netwerkkaart.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;

/**
 * A Cypher file: statements end with a semicolon at the end of a line, lines starting with {@code //} are comments.
 *
 * @param name       the file name
 * @param text       the file's text with line endings normalised, so a checkout on Windows keeps its checksum
 * @param statements the statements, in order
 */
record CypherScript(String name, String text, List<String> statements) {

    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*$", Pattern.MULTILINE);

    static CypherScript read(Resource resource) {
        try (var in = resource.getInputStream()) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            var withoutComments = text.lines()
                    .filter(line -> !line.strip().startsWith("//"))
                    .reduce("", (a, b) -> a + b + "\n");
            var statements = Arrays.stream(STATEMENT_END.split(withoutComments))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList();
            return new CypherScript(resource.getFilename(), text, statements);
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot read Cypher file " + resource.getDescription(), e);
        }
    }

    String checksum() {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
