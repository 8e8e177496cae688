package nl.netwerkkaart.matching;

/** How a match ended; NO_CLICK and NOT_SUITABLE mean the family declined the helper. */
public enum MatchOutcome {
    HELPED, REFERRED, NO_CLICK, NOT_REACHED, NOT_SUITABLE, NO_CAPACITY, NO_LONGER_NEEDED;

    /** Whether the help question is answered, so it closes when this was its last active match. */
    boolean answersQuestion() {
        return this == HELPED || this == NO_LONGER_NEEDED;
    }
}
