package nl.netwerkkaart.matching;

/**
 * How an expertise relates to a help question, best first. The question's exact terms are the expertises all of whose
 * life domains the question concerns; narrower and broader follow the {@code BROADER} taxonomy from an exact term.
 */
public enum ExpertiseFit {
    EXACT(40, "past precies bij de leefdomeinen van de hulpvraag"),
    NARROWER(30, "is een specialisatie van een passende expertise"),
    BROADER(20, "is breder dan wat de hulpvraag vraagt"),
    SAME_DOMAIN(10, "ligt alleen in hetzelfde leefdomein");

    private final double points;
    private final String reason;

    ExpertiseFit(double points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    double points() {
        return points;
    }

    String reason(String expertise) {
        return "Expertise " + expertise + " " + reason;
    }

    /** The fit a rank from the ranking query stands for: 4 is exact, 1 same life domain. */
    static ExpertiseFit ofRank(int rank) {
        return values()[4 - rank];
    }
}
