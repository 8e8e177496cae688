package nl.netwerkkaart.network;

import nl.netwerkkaart.api.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AssessmentController {

    private final AssessmentService service;

    AssessmentController(AssessmentService service) {
        this.service = service;
    }

    @QueryMapping
    SelfRelianceTrend selfRelianceTrend(@Argument String familyId, @Argument String personId) {
        return service.trend(familyId, personId).orElseThrow(() -> new NotFoundException("familyId", "family"));
    }

    @MutationMapping
    AssessmentPayload recordAssessment(@Argument RecordAssessmentInput input) {
        return service.record(input);
    }
}
