package nl.netwerkkaart.area;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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

@Service
@Transactional(readOnly = true)
public class AreaService {

    private final AreaRepository areas;
    private final InputValidator validator;

    AreaService(AreaRepository areas, InputValidator validator) {
        this.areas = areas;
        this.validator = validator;
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
