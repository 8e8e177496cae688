package nl.netwerkkaart.privacy;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class FamilyErasureController {

    private final PrivacyService service;

    FamilyErasureController(PrivacyService service) {
        this.service = service;
    }

    @MutationMapping
    EraseFamilyPayload eraseFamily(@Argument EraseFamilyInput input) {
        return service.erase(input);
    }
}
