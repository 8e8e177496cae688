package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.util.List;

/**
 * Demand for and supply of help per kern and life domain of one municipality in a period.
 *
 * @param lifeDomains     the life domain codes in the order of each kern's cells
 * @param domainTotals    demand per life domain over all kernen, in the order of {@code lifeDomains}
 * @param demandTotal     demand over all kernen and life domains
 */
public record AreaCoverage(String municipalityId, LocalDate from, LocalDate to, int minimumCellSize,
                           List<String> lifeDomains, List<KernCoverage> kernen, List<DomainTotal> domainTotals,
                           Count demandTotal) {

    /** One kern's row: a cell per life domain and the sum of its demand. */
    public record KernCoverage(String kernId, String kernName, Double latitude, Double longitude,
                               List<CoverageCell> cells, Count demandTotal) {
    }

    /** One kern × life domain. {@code gapScore} is null when the demand is suppressed. */
    public record CoverageCell(String lifeDomain, Count demand, int communityResources, int professionals,
                               Double gapScore) {

        public int supply() {
            return communityResources + professionals;
        }
    }

    /** Demand for one life domain over all kernen. */
    public record DomainTotal(String lifeDomain, Count demand) {
    }
}
