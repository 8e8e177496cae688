package nl.netwerkkaart.municipality;

import java.time.LocalDate;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class FlowStatisticsController {

    private final MunicipalityStatisticsService service;

    FlowStatisticsController(MunicipalityStatisticsService service) {
        this.service = service;
    }

    @QueryMapping
    FlowStatistics flowStatistics(@Argument String municipalityId, @Argument LocalDate from, @Argument LocalDate to,
                                  @Argument Granularity granularity) {
        return service.flowStatistics(municipalityId, from, to, granularity);
    }
}
