package nl.netwerkkaart.directory;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class ExpertiseController {

    private final ExpertiseService service;

    ExpertiseController(ExpertiseService service) {
        this.service = service;
    }

    @QueryMapping
    Expertise expertise(@Argument String id) {
        return service.expertise(id).orElseThrow(() -> new NotFoundException("id", "expertise"));
    }

    @QueryMapping
    Connection<Expertise> expertises(@Argument String text, @Argument Integer first, @Argument String after) {
        return service.expertises(text, PageRequest.of(first, after));
    }

    @MutationMapping
    ExpertisePayload createExpertise(@Argument ExpertiseInput input) {
        return service.create(input);
    }

    @MutationMapping
    ExpertisePayload updateExpertise(@Argument ExpertiseInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteExpertise(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    @BatchMapping
    Map<Expertise, List<LifeDomain>> lifeDomains(List<Expertise> expertises) {
        return Batches.join(expertises, Expertise::id, service.lifeDomains(Batches.ids(expertises, Expertise::id)), List.of());
    }

    @BatchMapping
    Map<Expertise, List<Expertise>> broader(List<Expertise> expertises) {
        return Batches.join(expertises, Expertise::id, service.broader(Batches.ids(expertises, Expertise::id)), List.of());
    }

    @BatchMapping
    Map<Expertise, List<Expertise>> narrower(List<Expertise> expertises) {
        return Batches.join(expertises, Expertise::id, service.narrower(Batches.ids(expertises, Expertise::id)), List.of());
    }

    @BatchMapping
    Map<Expertise, Integer> professionalCount(List<Expertise> expertises) {
        return Batches.join(expertises, Expertise::id, service.professionalCounts(Batches.ids(expertises, Expertise::id)), 0);
    }
}
