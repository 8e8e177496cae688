package nl.netwerkkaart.matching;

/** What a ranking scores, with the most points each part can give; together 100. */
public enum MatchCriterion {
    EXPERTISE_FIT(45), NEED_COVERAGE(10), DOMAIN_COVERAGE(10), CAPACITY(10), AREA(10), LANGUAGE(5), TRACK_RECORD(10);

    private final double maximum;

    MatchCriterion(double maximum) {
        this.maximum = maximum;
    }

    public double maximum() {
        return maximum;
    }
}
