package nl.netwerkkaart.web;

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

    ViewerController(CurrentUser currentUser, ProfessionalService professionals) {
        this.currentUser = currentUser;
        this.professionals = professionals;
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
}
