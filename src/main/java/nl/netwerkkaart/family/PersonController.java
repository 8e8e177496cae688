package nl.netwerkkaart.family;

import nl.netwerkkaart.Today;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class PersonController {

    private final PersonService service;
    private final Today today;

    PersonController(PersonService service, Today today) {
        this.service = service;
        this.today = today;
    }

    @SchemaMapping(typeName = "Person")
    Integer age(Person person) {
        return person.ageOn(today.date());
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
    FamilyMemberPayload updateFamilyMember(@Argument UpdateFamilyMemberInput input) {
        return service.updateMember(input);
    }

    @MutationMapping
    FamilyPayload removeFamilyMember(@Argument RemoveFamilyMemberInput input) {
        return service.remove(input);
    }
}
