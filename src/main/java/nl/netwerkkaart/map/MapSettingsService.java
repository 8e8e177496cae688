package nl.netwerkkaart.map;

import java.util.Optional;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The map page's settings; only the roles that see the municipality's aggregates need them. */
@Service
@Transactional(readOnly = true)
public class MapSettingsService {

    private final MapProperties properties;
    private final CurrentUser currentUser;
    private final AreaService areas;

    MapSettingsService(MapProperties properties, CurrentUser currentUser, AreaService areas) {
        this.properties = properties;
        this.currentUser = currentUser;
        this.areas = areas;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public MapSettings settings() {
        var municipalityId = currentUser.get().municipalityId();
        return new MapSettings(properties.tileUrl(), properties.tileAttribution(),
                municipalityId == null || !Ids.isUuid(municipalityId) ? null : municipalityId.toLowerCase());
    }

    /** The user's municipality area; empty when the configured id names no municipality. */
    public Optional<Area> municipality(MapSettings settings) {
        return Optional.ofNullable(settings.municipalityId())
                .flatMap(areas::area)
                .filter(area -> area.kind() == Area.AreaKind.MUNICIPALITY);
    }
}
