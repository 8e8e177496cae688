package nl.netwerkkaart.access;

import java.time.LocalDate;

/**
 * Whether a consent still covers a family's sharing today: the Cypher conditions every feature uses for it, each in
 * one place. The Dutch age rules (under 12 a parent with authority; 12 to 15 the child and a parent with authority; 16
 * and older the young person) are checked when a consent is recorded, but children grow into an age band that asks
 * for other givers. Growing older only ever adds the child as a required giver (at 12; from 16 the child who gave at
 * 12 to 15 still has), so a consent stops covering exactly when a child of 12 or older did not give it: given by the
 * parents alone for an 11-year-old, it no longer covers sharing once the child is 12, until a new consent is recorded
 * with the child. The conditions are constant text; values stay parameters.
 */
public final class ConsentCoverage {

    /** From this age a child must give the family's consent themselves. */
    public static final int CHILD_CONSENTS_FROM = 12;

    /** A Cypher condition on the consent {@code c}: not revoked and not expired on {@code $today}. */
    public static final String CURRENT = "c.revokedAt IS NULL AND (c.validUntil IS NULL OR c.validUntil >= $today)";

    /**
     * A Cypher condition on the consent {@code c} of the family {@code f}: no child of the family who is 12 or older
     * is missing from its givers. Takes the parameter {@code $turnedTwelveBy} ({@link #turnedTwelveBy}).
     */
    public static final String AGE_RULES_MET = """
            NOT EXISTS { MATCH (child:Person)-[:MEMBER_OF {role: 'CHILD'}]->(f)
                         WHERE child.birthDate <= $turnedTwelveBy AND NOT EXISTS { (c)-[:GIVEN_BY]->(child) } }""";

    /**
     * A Cypher condition on the family {@code f}: a current consent of theirs covers the sharing {@code scope} (a
     * constant scope name, never user input) and meets the age rules today. Takes {@code $today} and
     * {@code $turnedTwelveBy}.
     */
    public static String covers(String scope) {
        if (!scope.matches("[A-Z_]+")) {
            throw new IllegalArgumentException("Not a consent scope name: " + scope);
        }
        return """
                EXISTS { MATCH (f)-[:HAS_CONSENT]->(c:Consent)
                         WHERE '%s' IN c.scopes AND %s AND %s }""".formatted(scope, CURRENT, AGE_RULES_MET);
    }

    private ConsentCoverage() {
    }

    /** The last birth date of a child who is 12 or older on {@code today}. */
    public static LocalDate turnedTwelveBy(LocalDate today) {
        return today.minusYears(CHILD_CONSENTS_FROM);
    }
}
