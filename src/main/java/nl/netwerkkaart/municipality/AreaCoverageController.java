package nl.netwerkkaart.municipality;

import java.time.LocalDate;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AreaCoverageController {

    private final MunicipalityStatisticsService service;

    AreaCoverageController(MunicipalityStatisticsService service) {
        this.service = service;
    }

    @QueryMapping
    AreaCoverage areaCoverage(@Argument String municipalityId, @Argument LocalDate from, @Argument LocalDate to) {
        return service.areaCoverage(municipalityId, from, to);
    }

    @QueryMapping
    Connection<CoverageGap> gaps(@Argument String municipalityId, @Argument LocalDate from, @Argument LocalDate to,
                                 @Argument Integer first, @Argument String after) {
        return service.gaps(municipalityId, from, to, PageRequest.of(first, after));
    }
}
