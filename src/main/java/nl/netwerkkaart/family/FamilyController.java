package nl.netwerkkaart.family;

import nl.netwerkkaart.api.NotFoundException;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
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
class FamilyController {

    private final FamilyService service;
    private final PersonService persons;
    private final AreaService areas;

    FamilyController(FamilyService service, PersonService persons, AreaService areas) {
        this.service = service;
        this.persons = persons;
        this.areas = areas;
    }

    @QueryMapping
    Family family(@Argument String id) {
        return service.family(id).orElseThrow(() -> new NotFoundException("id", "family"));
    }

    @QueryMapping
    Connection<Family> families(@Argument String text, @Argument String areaId, @Argument String coachId,
                                @Argument Integer first, @Argument String after) {
        return service.families(text, areaId, coachId, PageRequest.of(first, after));
    }

    @MutationMapping
    FamilyPayload createFamily(@Argument FamilyInput input) {
        return service.create(input);
    }

    @MutationMapping
    FamilyPayload updateFamily(@Argument FamilyInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteFamily(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    @BatchMapping
    Map<Family, Area> area(List<Family> families) {
        var byId = areas.linked(AreaLink.FAMILY_LIVES_IN, Batches.ids(families, Family::id));
        return Batches.joinFirst(families, Family::id, byId);
    }

    @BatchMapping
    Map<Family, FamilyCoach> coach(List<Family> families) {
        return Batches.join(families, Family::id, service.coaches(Batches.ids(families, Family::id)), null);
    }

    @BatchMapping
    Map<Family, List<FamilyMember>> members(List<Family> families) {
        return Batches.join(families, Family::id, persons.members(Batches.ids(families, Family::id)), List.of());
    }
}
