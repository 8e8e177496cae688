package nl.netwerkkaart.directory;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaLink;
import nl.netwerkkaart.area.AreaService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OrganisationController {

    private final OrganisationService service;
    private final AreaService areas;

    OrganisationController(OrganisationService service, AreaService areas) {
        this.service = service;
        this.areas = areas;
    }

    @QueryMapping
    Organisation organisation(@Argument String id) {
        return service.organisation(id).orElseThrow(() -> new NotFoundException("id", "organisation"));
    }

    @QueryMapping
    Connection<Organisation> organisations(@Argument String text, @Argument Integer first, @Argument String after) {
        return service.organisations(text, PageRequest.of(first, after));
    }

    @MutationMapping
    OrganisationPayload createOrganisation(@Argument OrganisationInput input) {
        return service.create(input);
    }

    @MutationMapping
    OrganisationPayload updateOrganisation(@Argument OrganisationInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteOrganisation(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    @BatchMapping
    Map<Organisation, Area> area(List<Organisation> organisations) {
        var byId = areas.linked(AreaLink.ORGANISATION_BASED_IN, Batches.ids(organisations, Organisation::id));
        return Batches.joinFirst(organisations, Organisation::id, byId);
    }
}
