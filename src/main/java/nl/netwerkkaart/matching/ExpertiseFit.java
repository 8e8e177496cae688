package nl.netwerkkaart.matching;

/**
 * How a professional's best expertise relates to what a help question needs, best first: the needed term itself, a
 * term below it in the taxonomy (a specialisation), the term directly above it, a term beside it (the same broader
 * term), or none of these but an expertise in one of the question's life domains. The factors are those of a
 * relation the question's words support; see {@link QuestionNeeds#relation} for the others.
 */
public enum ExpertiseFit {
    EXACT(1.0), NARROWER(0.6), BROADER(0.5), SIBLING(0.2), SAME_DOMAIN(0);

    private final double factor;

    ExpertiseFit(double factor) {
        this.factor = factor;
    }

    /** Share of a need's weight this relation earns. */
    double factor() {
        return factor;
    }
}
