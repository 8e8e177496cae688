package nl.netwerkkaart.security;

import java.time.ZoneId;

/**
 * Whether a consent still covers a family's sharing today. The Dutch age rules are checked when a consent is
 * recorded, but children grow into an age band that asks for other givers: a consent given by the parents alone for an
 * 11-year-old does not cover sharing once the child is 12, until a new consent is recorded with the child. So access
 * rules re-apply the rules of {@code consent.ConsentRules} to today's ages: under 12 a member with authority gave it;
 * 12 to 15 the child and a member with authority; 16 and older the young person. Children without a birth date are
 * left to the check at recording.
 */
public final class ConsentCoverage {

    /** Ages are judged by the calendar of the municipality, as when the consent was recorded. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /**
     * A Cypher condition on the consent {@code c} of the family {@code f}, with the parameter {@code $today} (the
     * date in Europe/Amsterdam).
     */
    public static final String AGE_RULES_MET = """
            ALL(child IN [(ch:Person)-[:MEMBER_OF {role: 'CHILD'}]->(f) WHERE ch.birthDate IS NOT NULL | ch]
                WHERE CASE
                  WHEN duration.between(child.birthDate, $today).years < 12
                    THEN EXISTS { (c)-[:GIVEN_BY]->(:Person)-[:MEMBER_OF {authority: true}]->(f) }
                  WHEN duration.between(child.birthDate, $today).years < 16
                    THEN EXISTS { (c)-[:GIVEN_BY]->(child) }
                         AND EXISTS { (c)-[:GIVEN_BY]->(:Person)-[:MEMBER_OF {authority: true}]->(f) }
                  ELSE EXISTS { (c)-[:GIVEN_BY]->(child) }
                END)""";

    private ConsentCoverage() {
    }
}
