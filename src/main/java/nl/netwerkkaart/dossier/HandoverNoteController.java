package nl.netwerkkaart.dossier;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class HandoverNoteController {

    private final DossierService service;

    HandoverNoteController(DossierService service) {
        this.service = service;
    }

    @MutationMapping
    HandoverNotePayload addHandoverNote(@Argument AddHandoverNoteInput input) {
        return service.addHandoverNote(input);
    }
}
