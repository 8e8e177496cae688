package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;

/**
 * An expertise term a help question needs, with how much it weighs in the ranking: 1 when the coach confirmed it,
 * {@value #SUGGESTED} for the best suggested term and less for the others; {@value #DOMAIN} for a term that only
 * follows from the question's life domains (the coarse fallback). {@code words} are the question's words that led to it.
 */
public record Need(Expertise expertise, double weight, Source source, List<String> words) {

    static final double CONFIRMED = 1.0;
    static final double SUGGESTED = 0.8;
    static final double DOMAIN = 0.5;

    /** Where a need comes from. */
    public enum Source { CONFIRMED, SUGGESTED, LIFE_DOMAINS }

    /** The words in Dutch, quoted: 'lezen en spellen'; empty when there are none. */
    String quotedWords() {
        if (words.isEmpty()) {
            return "";
        }
        var joined = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " en " + words.get(words.size() - 1);
        return "'" + joined + "'";
    }

    /** What the need is, for a reason: "bij 'lezen en spellen'", or the confirmed need by name. */
    String because() {
        return switch (source) {
            case CONFIRMED -> "bij de bevestigde behoefte " + expertise.name()
                    + (words.isEmpty() ? "" : " (" + quotedWords() + ")");
            case SUGGESTED -> words.isEmpty() ? "bij de behoefte " + expertise.name() : "bij " + quotedWords();
            case LIFE_DOMAINS -> "bij de leefdomeinen van de hulpvraag";
        };
    }
}
