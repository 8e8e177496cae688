package nl.netwerkkaart.matching;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.family.HelpQuestion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** A help question's needs: {@code suggestExpertises}, {@code HelpQuestion.suggestedExpertises} and {@code neededExpertises}. */
@Controller
class NeedsController {

    private final NeedsService service;

    NeedsController(NeedsService service) {
        this.service = service;
    }

    @QueryMapping
    List<SuggestedExpertise> suggestExpertises(@Argument String text, @Argument List<String> lifeDomains) {
        return service.suggest(text, lifeDomains);
    }

    /** The question was read through the family gate already. */
    @BatchMapping(typeName = "HelpQuestion")
    Map<HelpQuestion, List<SuggestedExpertise>> suggestedExpertises(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.suggested(Batches.ids(questions, HelpQuestion::id)), List.of());
    }

    @BatchMapping(typeName = "HelpQuestion")
    Map<HelpQuestion, List<Expertise>> neededExpertises(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.confirmed(Batches.ids(questions, HelpQuestion::id)), List.of());
    }
}
