package nl.netwerkkaart.municipality;

/**
 * A count about families that may be hidden: {@code value} is null exactly when {@code suppressed}.
 */
public record Count(Integer value, boolean suppressed) {

    /** The marker written for a suppressed count in CSV and GeoJSON downloads, as CBS writes "x" for secret. */
    static final String MARKER = "x";

    static Count of(int value) {
        return new Count(value, false);
    }

    static Count hidden() {
        return new Count(null, true);
    }

    /** The value as text, or the marker when suppressed. */
    String text() {
        return suppressed ? MARKER : value.toString();
    }

    /** The value for a JSON document, or the marker when suppressed. */
    Object json() {
        return suppressed ? MARKER : value;
    }
}
