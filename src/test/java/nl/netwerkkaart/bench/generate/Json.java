package nl.netwerkkaart.bench.generate;

import java.util.Collection;
import java.util.Map;

/** Just enough JSON for the generation summary: maps, collections, strings, numbers, booleans and null. */
final class Json {

    private Json() {
    }

    static String write(Object value) {
        var out = new StringBuilder();
        write(value, out, "");
        return out.append('\n').toString();
    }

    private static void write(Object value, StringBuilder out, String indent) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            var inner = indent + "  ";
            var first = true;
            for (var entry : map.entrySet()) {
                out.append(first ? "" : ",\n").append(inner);
                string(String.valueOf(entry.getKey()), out);
                out.append(": ");
                write(entry.getValue(), out, inner);
                first = false;
            }
            out.append('\n').append(indent).append('}');
        }
        else if (value instanceof Collection<?> list) {
            boolean simple = list.stream().noneMatch(x -> x instanceof Map || x instanceof Collection);
            out.append('[');
            var first = true;
            for (var item : list) {
                out.append(first ? "" : ", ");
                if (!simple) {
                    out.append('\n').append(indent).append("  ");
                }
                write(item, out, indent + "  ");
                first = false;
            }
            out.append(simple || list.isEmpty() ? "" : "\n" + indent).append(']');
        }
        else if (value instanceof Number || value instanceof Boolean || value == null) {
            out.append(value);
        }
        else {
            string(value.toString(), out);
        }
    }

    private static void string(String text, StringBuilder out) {
        out.append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u%04x".formatted((int) c));
                    }
                    else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
