package nl.netwerkkaart.directory;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
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

    /**
     * The page is read with the organisation, areas and expertises of its professionals when the request asks for
     * them, in the same statement; the batch mappings below then take them from the request's prefetch.
     */
    @QueryMapping
    Connection<Professional> professionals(@Argument ProfessionalFilter filter, @Argument Integer first, @Argument String after,
                                           DataFetchingEnvironment environment) {
        var selection = environment.getSelectionSet();
        var related = new ProfessionalRepository.Related(selection.contains("edges/node/organisation"),
                selection.contains("edges/node/areas"), selection.contains("edges/node/expertises"));
        var page = service.professionals(filter, PageRequest.of(first, after), related);
        ProfessionalPrefetch.in(environment.getGraphQlContext()).add(page);
        return page.connection();
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
    Map<Professional, List<ProfessionalExpertise>> expertises(List<Professional> professionals, GraphQLContext context) {
        var ids = Batches.ids(professionals, Professional::id);
        var read = ProfessionalPrefetch.in(context).expertises(ids);
        return Batches.join(professionals, Professional::id, read != null ? read : service.expertises(ids), List.of());
    }

    @BatchMapping
    Map<Professional, Organisation> organisation(List<Professional> professionals, GraphQLContext context) {
        var ids = Batches.ids(professionals, Professional::id);
        var read = ProfessionalPrefetch.in(context).employers(ids);
        return Batches.join(professionals, Professional::id, read != null ? read : service.employers(ids), null);
    }

    @BatchMapping
    Map<Professional, List<Area>> areas(List<Professional> professionals, GraphQLContext context) {
        var ids = Batches.ids(professionals, Professional::id);
        var read = ProfessionalPrefetch.in(context).areas(ids);
        return Batches.join(professionals, Professional::id, read != null ? read : service.servedAreas(ids), List.of());
    }
}
