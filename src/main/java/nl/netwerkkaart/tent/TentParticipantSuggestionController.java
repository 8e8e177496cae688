package nl.netwerkkaart.tent;

import java.util.List;

import nl.netwerkkaart.tent.TentParticipantSuggestion.Suggestions;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class TentParticipantSuggestionController {

    private final TentParticipantSuggestionService service;

    TentParticipantSuggestionController(TentParticipantSuggestionService service) {
        this.service = service;
    }

    @QueryMapping
    Suggestions suggestTentParticipants(@Argument List<String> helpQuestionIds, @Argument Integer size) {
        return service.suggest(helpQuestionIds, size);
    }
}
