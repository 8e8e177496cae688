package nl.netwerkkaart.api;

import java.util.Locale;
import java.util.Optional;

/**
 * Characters no stored text may hold. Control characters (Unicode category Cc) are invisible, break exports and
 * terminals, and NUL cuts text short in other systems; bidirectional formatting characters make text display
 * differently from what is stored (a right-to-left override, U+202E, before "fdp.exe" shows it as "exe.pdf").
 * Multi-line free text may hold tabs and line breaks; names and other single-line values may not.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /** What is wrong with {@code text}, naming the first refused character, or empty when it may be stored. */
    public static Optional<String> problem(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                return Optional.of("must not contain control characters" + (multiLine ? " other than tab and line breaks" : "")
                        + " (" + codePoint(c) + " at position " + (i + 1) + ")");
            }
            if (isBidiFormatting(c)) {
                return Optional.of("must not contain bidirectional formatting characters (" + codePoint(c)
                        + " at position " + (i + 1) + ")");
            }
        }
        return Optional.empty();
    }

    /** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks U+200E, U+200F and U+061C. */
    private static boolean isBidiFormatting(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
                || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
