package nl.netwerkkaart.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.References;
import nl.netwerkkaart.api.UserError;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class AreaService {

    /** At most this many features in one upload. */
    static final int MAX_FEATURES = 500;

    private final AreaRepository areas;
    private final InputValidator validator;
    private final JsonMapper json;

    AreaService(AreaRepository areas, InputValidator validator, JsonMapper json) {
        this.areas = areas;
        this.validator = validator;
        this.json = json;
    }

    /** The municipality and all areas inside it; empty when the id names no municipality. */
    public List<Area> withinMunicipality(String municipalityId) {
        return areas.withinMunicipality(Ids.require("municipalityId", municipalityId));
    }

    /** The stored geometry of an area as a JSON value, or null when it has none. */
    public Map<String, Object> geometry(Area area) {
        return area.geometryJson() == null ? null : json.readValue(area.geometryJson(), new TypeReference<Map<String, Object>>() { });
    }

    /**
     * Sets the geometries of a municipality's areas from a GeoJSON FeatureCollection whose features name the areas by
     * {@code properties.name}. Everything is checked first; one error and nothing is written.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    AreaGeometriesPayload uploadGeometries(UploadAreaGeometriesInput input) {
        var errors = new ArrayList<UserError>();
        if (input.municipalityId() == null || !Ids.isUuid(input.municipalityId())) {
            return AreaGeometriesPayload.failed(List.of(UserError.invalid("input.municipalityId", "must be a UUID")));
        }
        var inMunicipality = areas.withinMunicipality(input.municipalityId().toLowerCase());
        if (inMunicipality.isEmpty()) {
            return AreaGeometriesPayload.failed(List.of(UserError.notFound("input.municipalityId", "municipality")));
        }
        var byName = new HashMap<String, Area>();
        inMunicipality.forEach(area -> byName.putIfAbsent(area.name().strip().toLowerCase(Locale.ROOT), area));
        var collection = input.featureCollection();
        var path = "input.featureCollection";
        if (collection == null || !"FeatureCollection".equals(collection.get("type"))) {
            return AreaGeometriesPayload.failed(List.of(UserError.invalid(path + ".type", "must be FeatureCollection")));
        }
        if (!(collection.get("features") instanceof List<?> features) || features.isEmpty()) {
            return AreaGeometriesPayload.failed(List.of(UserError.invalid(path + ".features", "must be a non-empty list of features")));
        }
        if (features.size() > MAX_FEATURES) {
            return AreaGeometriesPayload.failed(List.of(UserError.invalid(path + ".features", "must have at most " + MAX_FEATURES + " features")));
        }
        var geometries = new LinkedHashMap<String, String>();
        var named = new HashSet<String>();
        for (int i = 0; i < features.size(); i++) {
            var at = path + ".features[" + i + "]";
            if (!(features.get(i) instanceof Map<?, ?> feature) || !"Feature".equals(feature.get("type"))) {
                errors.add(UserError.invalid(at + ".type", "must be Feature"));
                continue;
            }
            var name = feature.get("properties") instanceof Map<?, ?> properties ? properties.get("name") : null;
            Area area = null;
            if (!(name instanceof String text) || text.isBlank()) {
                errors.add(UserError.invalid(at + ".properties.name", "must name an area of the municipality"));
            }
            else if ((area = byName.get(text.strip().toLowerCase(Locale.ROOT))) == null) {
                errors.add(new UserError(at + ".properties.name", "No area named '" + text.strip()
                        + "' in this municipality; names must match existing areas", UserError.Code.NOT_FOUND));
            }
            else if (!named.add(area.id())) {
                errors.add(UserError.conflict(at + ".properties.name", "Another feature already names '" + area.name() + "'"));
                area = null;
            }
            var geometryErrors = GeoJson.geometryErrors(at + ".geometry", feature.get("geometry"));
            errors.addAll(geometryErrors);
            if (area != null && geometryErrors.isEmpty()) {
                geometries.put(area.id(), json.writeValueAsString(feature.get("geometry")));
            }
        }
        if (!errors.isEmpty()) {
            return AreaGeometriesPayload.failed(errors);
        }
        areas.saveGeometries(geometries);
        var updated = areas.withinMunicipality(input.municipalityId().toLowerCase()).stream()
                .filter(area -> geometries.containsKey(area.id()))
                .toList();
        return new AreaGeometriesPayload(updated, List.of());
    }

    public Optional<Area> area(String id) {
        return areas.findById(Ids.require("id", id));
    }

    public Connection<Area> areas(Area.AreaKind kind, String parentId, PageRequest page) {
        return areas.find(kind, parentId == null ? null : Ids.require("parentId", parentId), page);
    }

    /** Whether an area with this (well-formed) id exists; for checking references in mutation inputs. */
    public boolean exists(String id) {
        return areas.findById(id.toLowerCase()).isPresent();
    }

    public Map<String, Area> parents(Collection<String> ids) {
        return areas.parents(ids);
    }

    /** Areas linked to each of {@code ids}; used by other features' batch mappings. */
    public Map<String, List<Area>> linked(AreaLink link, Collection<String> ids) {
        return areas.linked(link, ids);
    }

    Map<String, List<Area>> parts(Collection<String> ids) {
        return areas.parts(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    AreaPayload create(AreaInput input) {
        var errors = validator.validate(input);
        if (errors.isEmpty()) {
            errors = hierarchy(input);
        }
        return errors.isEmpty() ? AreaPayload.of(areas.save(Ids.newId(), input)) : AreaPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    AreaPayload update(AreaInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (errors.isEmpty()) {
            UserError.unknownId(input.id(), this::exists, "area").ifPresent(errors::add);
        }
        if (errors.isEmpty()) {
            errors.addAll(hierarchy(input));
        }
        if (errors.isEmpty()) {
            var misfits = areas.partKinds(input.id().toLowerCase()).stream()
                    .filter(kind -> kind.parentKind() != input.kind())
                    .toList();
            if (!misfits.isEmpty()) {
                errors.add(UserError.invalid("input.kind", "The area has parts of kind " + misfits
                        + " that cannot be part of a " + input.kind() + "; move those first"));
            }
        }
        return errors.isEmpty()
                ? AreaPayload.of(areas.save(input.id().toLowerCase(), input))
                : AreaPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    DeletePayload delete(String id) {
        return References.deleteUnlessReferenced(id, "area", areas::references, areas::delete);
    }

    /** The hierarchy rules: a wijk is part of a kern, a kern of a municipality, a municipality of nothing. */
    private List<UserError> hierarchy(AreaInput input) {
        var required = input.kind().parentKind();
        if (required == null) {
            return input.partOfId() == null
                    ? List.of()
                    : List.of(UserError.invalid("input.partOfId", "a municipality is not part of another area"));
        }
        if (input.partOfId() == null) {
            return List.of(UserError.invalid("input.partOfId", "a " + input.kind() + " must be part of a " + required));
        }
        if (input.partOfId().equalsIgnoreCase(input.id())) {
            return List.of(UserError.invalid("input.partOfId", "an area cannot be part of itself"));
        }
        var parent = areas.findById(input.partOfId().toLowerCase());
        if (parent.isEmpty()) {
            return List.of(UserError.notFound("input.partOfId", "area"));
        }
        if (parent.get().kind() != required) {
            return List.of(UserError.invalid("input.partOfId", "a " + input.kind() + " must be part of a " + required
                    + ", not of a " + parent.get().kind()));
        }
        return List.of();
    }
}
