package nl.netwerkkaart.map;

import nl.netwerkkaart.area.Area;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class MapSettingsController {

    private final MapSettingsService service;

    MapSettingsController(MapSettingsService service) {
        this.service = service;
    }

    @QueryMapping
    MapSettings mapSettings() {
        return service.settings();
    }

    // A schema mapping, not a batch: a request has exactly one MapSettings.
    @SchemaMapping
    Area municipality(MapSettings settings) {
        return service.municipality(settings).orElse(null);
    }
}
