package nl.netwerkkaart.family;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

    private final PersonService service;

    PersonController(PersonService service) {
        this.service = service;
    }

    @MutationMapping
    FamilyMemberPayload addFamilyMember(@Argument AddFamilyMemberInput input) {
        return service.add(input);
    }

    @MutationMapping
    PersonPayload updatePerson(@Argument UpdatePersonInput input) {
        return service.update(input);
    }

    @MutationMapping
    FamilyPayload removeFamilyMember(@Argument RemoveFamilyMemberInput input) {
        return service.remove(input);
    }
}
