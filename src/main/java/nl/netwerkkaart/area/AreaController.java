package nl.netwerkkaart.area;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AreaController {

    private final AreaService service;

    AreaController(AreaService service) {
        this.service = service;
    }

    @QueryMapping
    Area area(@Argument String id) {
        return service.area(id).orElseThrow(() -> new NotFoundException("id", "area"));
    }

    @QueryMapping
    Connection<Area> areas(@Argument Area.AreaKind kind, @Argument String parentId, @Argument Integer first, @Argument String after) {
        return service.areas(kind, parentId, PageRequest.of(first, after));
    }

    @BatchMapping
    Map<Area, Area> partOf(List<Area> areas) {
        return Batches.join(areas, Area::id, service.parents(Batches.ids(areas, Area::id)), null);
    }

    @BatchMapping
    Map<Area, List<Area>> parts(List<Area> areas) {
        return Batches.join(areas, Area::id, service.parts(Batches.ids(areas, Area::id)), List.of());
    }

    @MutationMapping
    AreaPayload createArea(@Argument AreaInput input) {
        return service.create(input);
    }

    @MutationMapping
    AreaPayload updateArea(@Argument AreaInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteArea(@Argument DeleteInput input) {
        return service.delete(input.id());
    }
}
