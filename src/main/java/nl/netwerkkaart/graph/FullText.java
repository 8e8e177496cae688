package nl.netwerkkaart.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.InvalidInputException;

/**
 * Builds the Lucene query for the {@code directory_search} full-text index from what a user typed. Every Lucene
 * operator is escaped, so user text can only ever be search terms; each word matches as itself (stemmed by the
 * Dutch analyzer) or as a prefix, so "schuld" also finds "schuldhulpverlening".
 */
public final class FullText {

    public static final String INDEX = "directory_search";
    public static final int MAX_LENGTH = 200;
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private FullText() {
    }

    /** The Lucene query for {@code text}, or {@code null} when there is nothing to search for. */
    public static String query(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "must be at most " + MAX_LENGTH + " characters");
        }
        // Lower case also keeps a typed AND/OR/NOT a plain word instead of a Lucene operator.
        var terms = Arrays.stream(text.strip().toLowerCase(Locale.ROOT).split("\\s+"))
                .map(FullText::escape)
                .filter(term -> !term.isEmpty())
                .map(term -> "(" + term + " OR " + term + "*)")
                .collect(Collectors.joining(" AND "));
        return terms.isEmpty() ? null : terms;
    }

    /**
     * A subquery that answers every {@code label} node as {@code variable} with its score for the full-text query in
     * {@code $query}, or, when {@code $query} is null, every {@code label} node with score 0: the start of each
     * directory list that can be searched. {@code label} and {@code variable} are constants of the caller, never input.
     */
    public static String hitsOrAll(String label, String variable) {
        return """
                CALL () {
                  WITH $query AS q WHERE q IS NOT NULL
                  CALL db.index.fulltext.queryNodes('%3$s', q) YIELD node, score
                  WITH node, score WHERE node:%1$s
                  RETURN node AS %2$s, score
                  UNION ALL
                  WITH $query AS q WHERE q IS NULL
                  MATCH (%2$s:%1$s)
                  RETURN %2$s, 0.0 AS score
                }
                """.formatted(label, variable, INDEX);
    }

    private static String escape(String term) {
        var escaped = new StringBuilder();
        for (char c : term.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
