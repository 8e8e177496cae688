package nl.netwerkkaart.ladder;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SupportOptionsController {

    private final LadderService service;

    SupportOptionsController(LadderService service) {
        this.service = service;
    }

    @QueryMapping
    SupportOptions supportOptions(@Argument String helpQuestionId) {
        return service.supportOptions(helpQuestionId);
    }
}
