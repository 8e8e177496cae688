package nl.netwerkkaart.directory;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.area.Area;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ProfessionalController {

    private final ProfessionalService service;

    ProfessionalController(ProfessionalService service) {
        this.service = service;
    }

    @QueryMapping
    Professional professional(@Argument String id) {
        return service.professional(id).orElseThrow(() -> new NotFoundException("id", "professional"));
    }

    @QueryMapping
    Connection<Professional> professionals(@Argument ProfessionalFilter filter, @Argument Integer first, @Argument String after) {
        return service.professionals(filter, PageRequest.of(first, after));
    }

    @MutationMapping
    ProfessionalPayload createProfessional(@Argument ProfessionalInput input) {
        return service.create(input);
    }

    @MutationMapping
    ProfessionalPayload updateProfessional(@Argument ProfessionalInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteProfessional(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    @BatchMapping
    Map<Professional, List<ProfessionalExpertise>> expertises(List<Professional> professionals) {
        return Batches.join(professionals, Professional::id, service.expertises(Batches.ids(professionals, Professional::id)), List.of());
    }

    @BatchMapping
    Map<Professional, Organisation> organisation(List<Professional> professionals) {
        return Batches.join(professionals, Professional::id, service.employers(Batches.ids(professionals, Professional::id)), null);
    }

    @BatchMapping
    Map<Professional, List<Area>> areas(List<Professional> professionals) {
        return Batches.join(professionals, Professional::id, service.servedAreas(Batches.ids(professionals, Professional::id)), List.of());
    }
}
