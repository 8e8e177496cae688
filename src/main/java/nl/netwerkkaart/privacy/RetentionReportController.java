package nl.netwerkkaart.privacy;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class RetentionReportController {

    private final RetentionService service;

    RetentionReportController(RetentionService service) {
        this.service = service;
    }

    @QueryMapping
    RetentionReport familiesPastRetention() {
        return service.familiesPastRetention();
    }
}
