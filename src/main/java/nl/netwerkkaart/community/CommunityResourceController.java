package nl.netwerkkaart.community;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaLink;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.directory.Organisation;
import nl.netwerkkaart.directory.OrganisationService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;
import tools.jackson.databind.json.JsonMapper;

@Controller
class CommunityResourceController {

    private final CommunityResourceService service;
    private final OrganisationService organisations;
    private final AreaService areas;
    private final JsonMapper json;

    CommunityResourceController(CommunityResourceService service, OrganisationService organisations, AreaService areas,
                                JsonMapper json) {
        this.service = service;
        this.organisations = organisations;
        this.areas = areas;
        this.json = json;
    }

    @QueryMapping
    Connection<CommunityResource> staleResources(@Argument Integer first, @Argument String after) {
        return service.staleResources(PageRequest.of(first, after));
    }

    @MutationMapping
    CommunityResourcePayload verifyCommunityResource(@Argument VerifyCommunityResourceInput input) {
        return service.verify(input);
    }

    @SchemaMapping(typeName = "CommunityResource")
    List<ResourceSchedule> schedules(CommunityResource resource) {
        return list(resource.schedulesJson(), ResourceSchedule.class);
    }

    @SchemaMapping(typeName = "CommunityResource")
    List<ResourceContact> contacts(CommunityResource resource) {
        return list(resource.contactsJson(), ResourceContact.class);
    }

    @SchemaMapping(typeName = "CommunityResource")
    List<ResourceCostOption> costOptions(CommunityResource resource) {
        return list(resource.costOptionsJson(), ResourceCostOption.class);
    }

    @SchemaMapping(typeName = "CommunityResource")
    List<ResourceTaxonomyTerm> taxonomyTerms(CommunityResource resource) {
        return list(resource.taxonomyTermsJson(), ResourceTaxonomyTerm.class);
    }

    @BatchMapping
    Map<CommunityResource, List<ResourceChange>> changes(List<CommunityResource> resources) {
        return Batches.join(resources, CommunityResource::id, service.changes(ids(resources)), List.of());
    }

    private <T> List<T> list(String text, Class<T> type) {
        return text == null ? List.of() : json.readValue(text, json.getTypeFactory().constructCollectionType(List.class, type));
    }

    @QueryMapping
    CommunityResource communityResource(@Argument String id) {
        return service.communityResource(id).orElseThrow(() -> new NotFoundException("id", "community resource"));
    }

    @QueryMapping
    Connection<CommunityResource> communityResources(@Argument ResourceFilter filter, @Argument Integer first, @Argument String after) {
        return service.communityResources(filter, PageRequest.of(first, after));
    }

    @MutationMapping
    CommunityResourcePayload createCommunityResource(@Argument CommunityResourceInput input) {
        return service.create(input);
    }

    @MutationMapping
    CommunityResourcePayload updateCommunityResource(@Argument CommunityResourceInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteCommunityResource(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    @BatchMapping
    Map<CommunityResource, List<String>> lifeDomains(List<CommunityResource> resources) {
        return Batches.join(resources, CommunityResource::id, service.lifeDomains(ids(resources)), List.of());
    }

    @BatchMapping
    Map<CommunityResource, List<ResourceExpertise>> expertises(List<CommunityResource> resources) {
        return Batches.join(resources, CommunityResource::id, service.expertises(ids(resources)), List.of());
    }

    @BatchMapping
    Map<CommunityResource, Organisation> organisation(List<CommunityResource> resources) {
        return Batches.join(resources, CommunityResource::id, organisations.offerers(ids(resources)), null);
    }

    @BatchMapping
    Map<CommunityResource, Area> location(List<CommunityResource> resources) {
        return Batches.joinFirst(resources, CommunityResource::id, areas.linked(AreaLink.RESOURCE_LOCATED_IN, ids(resources)));
    }

    @BatchMapping
    Map<CommunityResource, List<Area>> serves(List<CommunityResource> resources) {
        return Batches.join(resources, CommunityResource::id, areas.linked(AreaLink.RESOURCE_SERVES, ids(resources)), List.of());
    }

    private static List<String> ids(List<CommunityResource> resources) {
        return Batches.ids(resources, CommunityResource::id);
    }
}
