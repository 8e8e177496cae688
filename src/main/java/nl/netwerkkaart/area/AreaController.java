package nl.netwerkkaart.area;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

    @SchemaMapping(typeName = "Area")
    Map<String, Object> geometry(Area area) {
        return service.geometry(area);
    }

    @MutationMapping
    AreaGeometriesPayload uploadAreaGeometries(@Argument UploadAreaGeometriesInput input) {
        return service.uploadGeometries(input);
    }

    /**
     * The municipality and its areas as a GeoJSON FeatureCollection, for maps: each area's geometry, or its centre as
     * a Point when it has none; areas with neither are left out.
     */
    @GetMapping(path = "/areas/{municipalityId}.geojson", produces = "application/geo+json")
    ResponseEntity<Map<String, Object>> download(@PathVariable String municipalityId) {
        if (!Ids.isUuid(municipalityId)) {
            return ResponseEntity.badRequest().build();
        }
        var areas = service.withinMunicipality(municipalityId);
        if (areas.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var parents = service.parents(Batches.ids(areas, Area::id));
        var features = new ArrayList<Map<String, Object>>();
        for (var area : areas) {
            var geometry = service.geometry(area);
            if (geometry == null && area.latitude() != null && area.longitude() != null) {
                geometry = Map.of("type", "Point", "coordinates", List.of(area.longitude(), area.latitude()));
            }
            if (geometry == null) {
                continue;
            }
            var properties = new LinkedHashMap<String, Object>();
            properties.put("id", area.id());
            properties.put("name", area.name());
            properties.put("kind", area.kind().name());
            properties.put("code", area.code());
            properties.put("partOfId", parents.containsKey(area.id()) ? parents.get(area.id()).id() : null);
            features.add(Map.of("type", "Feature", "id", area.id(), "geometry", geometry, "properties", properties));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/geo+json"))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(municipalityId.toLowerCase() + ".geojson").build().toString())
                .body(Map.of("type", "FeatureCollection", "features", features));
    }

    @MutationMapping
    DeletePayload deleteArea(@Argument DeleteInput input) {
        return service.delete(input.id());
    }
}
