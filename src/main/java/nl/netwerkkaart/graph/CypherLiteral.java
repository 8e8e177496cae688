package nl.netwerkkaart.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a Cypher value written only with literals (lists, maps, strings, numbers, booleans, null) into Java values, so
 * a data file's {@code UNWIND [...] AS row} can be sent as a parameter instead: Neo4j's parser takes far longer over a
 * large literal than over the statement without it (measured on the demo data: about half of its load time).
 */
final class CypherLiteral {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern UNWIND = Pattern.compile("(?is)UNWIND\\s*");
    private static final Pattern AS = Pattern.compile("(?is)\\s*AS\\s+([A-Za-z_][A-Za-z0-9_]*)\\b");

    /** A statement {@code UNWIND <list literal> AS name ...} as {@code UNWIND $rows AS name ...} with its rows. */
    record Unwind(String statement, List<Object> rows) {
    }

    private final String text;
    private int at;

    private CypherLiteral(String text, int at) {
        this.text = text;
        this.at = at;
    }

    /** The statement with its leading list literal as the parameter {@code rows}; empty when it has no such form. */
    static Optional<Unwind> unwind(String statement) {
        var unwind = UNWIND.matcher(statement);
        if (!unwind.lookingAt() || unwind.end() >= statement.length() || statement.charAt(unwind.end()) != '[') {
            return Optional.empty();
        }
        var reader = new CypherLiteral(statement, unwind.end());
        Object rows;
        try {
            rows = reader.value();
        }
        catch (IllegalArgumentException e) {
            // an expression, not only literals: Neo4j evaluates it as written
            return Optional.empty();
        }
        var as = AS.matcher(statement).region(reader.at, statement.length());
        if (!as.lookingAt()) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        var list = (List<Object>) rows;
        return Optional.of(new Unwind("UNWIND $rows AS " + as.group(1) + statement.substring(as.end()), list));
    }

    private Object value() {
        skipSpace();
        if (at >= text.length()) {
            throw new IllegalArgumentException("value expected at the end");
        }
        char c = text.charAt(at);
        return switch (c) {
            case '[' -> list();
            case '{' -> map();
            case '\'', '"' -> string(c);
            default -> scalar();
        };
    }

    private List<Object> list() {
        at++;
        var values = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return values;
        }
        while (true) {
            values.add(value());
            skipSpace();
            char c = next();
            if (c == ']') {
                return values;
            }
            if (c != ',') {
                throw new IllegalArgumentException("',' or ']' expected at " + (at - 1));
            }
        }
    }

    private Map<String, Object> map() {
        at++;
        var entries = new LinkedHashMap<String, Object>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return entries;
        }
        while (true) {
            skipSpace();
            var key = NAME.matcher(text).region(at, text.length());
            if (!key.lookingAt()) {
                throw new IllegalArgumentException("key expected at " + at);
            }
            at = key.end();
            skipSpace();
            if (next() != ':') {
                throw new IllegalArgumentException("':' expected at " + (at - 1));
            }
            entries.put(key.group(), value());
            skipSpace();
            char c = next();
            if (c == '}') {
                return entries;
            }
            if (c != ',') {
                throw new IllegalArgumentException("',' or '}' expected at " + (at - 1));
            }
        }
    }

    private String string(char quote) {
        at++;
        var value = new StringBuilder();
        while (true) {
            char c = next();
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\') {
                char escaped = next();
                value.append(switch (escaped) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    case '\\', '\'', '"' -> escaped;
                    default -> throw new IllegalArgumentException("escape \\" + escaped + " not read at " + at);
                });
            }
            else {
                value.append(c);
            }
        }
    }

    private Object scalar() {
        var number = NUMBER.matcher(text).region(at, text.length());
        if (number.lookingAt() && !continuesName(number.end())) {
            at = number.end();
            var literal = number.group();
            return number.group(1) == null && number.group(2) == null ? (Object) Long.parseLong(literal) : (Object) Double.parseDouble(literal);
        }
        var name = NAME.matcher(text).region(at, text.length());
        if (name.lookingAt() && !continuesCall(name.end())) {
            var word = name.group().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false") || word.equals("null")) {
                at = name.end();
                return word.equals("null") ? null : Boolean.valueOf(word);
            }
        }
        throw new IllegalArgumentException("not a literal at " + at);
    }

    private boolean continuesName(int end) {
        return end < text.length() && Character.isLetter(text.charAt(end));
    }

    private boolean continuesCall(int end) {
        int i = end;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (text.charAt(i) == '(' || text.charAt(i) == '.');
    }

    private void skipSpace() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next() {
        if (at >= text.length()) {
            throw new IllegalArgumentException("unexpected end");
        }
        return text.charAt(at++);
    }
}
