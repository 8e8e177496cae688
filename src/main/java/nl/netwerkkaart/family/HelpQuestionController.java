package nl.netwerkkaart.family;

import nl.netwerkkaart.api.NotFoundException;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class HelpQuestionController {

    private final HelpQuestionService service;
    private final FamilyService families;

    HelpQuestionController(HelpQuestionService service, FamilyService families) {
        this.service = service;
        this.families = families;
    }

    @QueryMapping
    HelpQuestion helpQuestion(@Argument String id) {
        return service.helpQuestion(id).orElseThrow(() -> new NotFoundException("id", "help question"));
    }

    @MutationMapping
    HelpQuestionPayload createHelpQuestion(@Argument CreateHelpQuestionInput input) {
        return service.create(input);
    }

    @MutationMapping
    HelpQuestionPayload updateHelpQuestion(@Argument UpdateHelpQuestionInput input) {
        return service.update(input);
    }

    @MutationMapping
    DeletePayload deleteHelpQuestion(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    /** {@code Family.helpQuestions}. */
    @BatchMapping
    Map<Family, List<HelpQuestion>> helpQuestions(List<Family> parents) {
        return Batches.join(parents, Family::id, service.raisedBy(Batches.ids(parents, Family::id)), List.of());
    }

    @BatchMapping
    Map<HelpQuestion, List<String>> lifeDomains(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.lifeDomains(Batches.ids(questions, HelpQuestion::id)), List.of());
    }

    @BatchMapping
    Map<HelpQuestion, Person> about(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.about(Batches.ids(questions, HelpQuestion::id)), null);
    }

    @BatchMapping
    Map<HelpQuestion, Family> family(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::familyId, families.families(Batches.ids(questions, HelpQuestion::familyId)), null);
    }
}
