package nl.netwerkkaart.analysis;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.DeleteInput;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.family.HelpQuestion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class AnalysisController {

    private final AnalysisService service;

    AnalysisController(AnalysisService service) {
        this.service = service;
    }

    @QueryMapping
    Analysis analysis(@Argument String helpQuestionId) {
        return service.analysis(helpQuestionId).orElse(null);
    }

    @MutationMapping
    AnalysisPayload saveAnalysis(@Argument SaveAnalysisInput input) {
        return service.save(input);
    }

    @MutationMapping
    DeletePayload deleteAnalysis(@Argument DeleteInput input) {
        return service.delete(input.id());
    }

    /** {@code HelpQuestion.analysis}: lives here so the family feature need not know about analyses. */
    @BatchMapping(typeName = "HelpQuestion", field = "analysis")
    Map<HelpQuestion, Analysis> analysis(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.forQuestions(Batches.ids(questions, HelpQuestion::id)), null);
    }
}
