package nl.netwerkkaart.web;

import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.directory.ProfessionalService;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ViewerController {

    private final CurrentUser currentUser;
    private final ProfessionalService professionals;
    private final AreaService areas;

    ViewerController(CurrentUser currentUser, ProfessionalService professionals, AreaService areas) {
        this.currentUser = currentUser;
        this.professionals = professionals;
        this.areas = areas;
    }

    @QueryMapping
    Viewer viewer() {
        return Viewer.of(currentUser.get());
    }

    // A schema mapping, not a batch: a request has exactly one viewer.
    @SchemaMapping
    Professional professional(Viewer viewer) {
        return viewer.professionalId() == null ? null : professionals.professional(viewer.professionalId()).orElse(null);
    }

    @SchemaMapping
    Area municipality(Viewer viewer) {
        return viewer.municipalityId() == null ? null : areas.area(viewer.municipalityId()).orElse(null);
    }
}
