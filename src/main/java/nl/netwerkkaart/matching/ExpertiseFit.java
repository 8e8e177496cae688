package nl.netwerkkaart.matching;

/**
 * How a professional's best expertise relates to what a help question needs, best first: the needed term itself, a
 * term below it in the taxonomy (a specialisation), the term directly above it, or none of these but an expertise in
 * one of the question's life domains.
 */
public enum ExpertiseFit {
    EXACT(1.0), NARROWER(0.6), BROADER(0.5), SAME_DOMAIN(0);

    private final double factor;

    ExpertiseFit(double factor) {
        this.factor = factor;
    }

    /** Share of a need's weight this relation earns. */
    double factor() {
        return factor;
    }
}
