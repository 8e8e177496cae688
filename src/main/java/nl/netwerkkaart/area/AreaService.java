package nl.netwerkkaart.area;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class AreaService {

    private final AreaRepository areas;

    AreaService(AreaRepository areas) {
        this.areas = areas;
    }

    public Optional<Area> area(String id) {
        return areas.findById(Ids.require("id", id));
    }

    public Connection<Area> areas(Area.AreaKind kind, String parentId, PageRequest page) {
        var found = areas.find(kind, parentId == null ? null : Ids.require("parentId", parentId), page);
        return Connection.of(found.items(), found.total(), page);
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
}
