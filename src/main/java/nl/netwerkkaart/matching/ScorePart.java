package nl.netwerkkaart.matching;

/** One part of a ranking score, with its reason in Dutch. */
public record ScorePart(MatchCriterion criterion, double points, String reason) {

    /** The GraphQL field {@code maximum}. */
    public double maximum() {
        return criterion.maximum();
    }
}
