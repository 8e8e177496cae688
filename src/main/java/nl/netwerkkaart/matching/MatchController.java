package nl.netwerkkaart.matching;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.family.Family;
import nl.netwerkkaart.family.HelpQuestion;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MatchController {

    private final MatchService service;

    MatchController(MatchService service) {
        this.service = service;
    }

    @QueryMapping
    Match match(@Argument String id) {
        return service.match(id).orElseThrow(() -> new NotFoundException("id", "match"));
    }

    @QueryMapping
    List<RankedProfessional> matchProfessionals(@Argument String helpQuestionId, @Argument Integer first) {
        return service.matchProfessionals(helpQuestionId, first);
    }

    @QueryMapping
    MinimalTeam minimalTeam(@Argument String familyId) {
        return service.minimalTeam(familyId).orElseThrow(() -> new NotFoundException("familyId", "family"));
    }

    @MutationMapping
    MatchPayload proposeMatch(@Argument ProposeMatchInput input) {
        return service.propose(input);
    }

    @MutationMapping
    MatchPayload confirmMatch(@Argument ConfirmMatchInput input) {
        return service.confirm(input);
    }

    @MutationMapping
    MatchPayload startMatch(@Argument StartMatchInput input) {
        return service.start(input);
    }

    @MutationMapping
    MatchPayload closeMatch(@Argument CloseMatchInput input) {
        return service.close(input);
    }

    /** {@code HelpQuestion.matches}. */
    @BatchMapping(typeName = "HelpQuestion", field = "matches")
    Map<HelpQuestion, List<Match>> questionMatches(List<HelpQuestion> questions) {
        return Batches.join(questions, HelpQuestion::id, service.forQuestions(Batches.ids(questions, HelpQuestion::id)), List.of());
    }

    /** {@code Professional.matches}. */
    @BatchMapping(typeName = "Professional", field = "matches")
    Map<Professional, List<Match>> professionalMatches(List<Professional> professionals) {
        return Batches.join(professionals, Professional::id, service.forProfessionals(Batches.ids(professionals, Professional::id)), List.of());
    }

    @BatchMapping
    Map<Match, HelpQuestion> helpQuestion(List<Match> matches) {
        return Batches.join(matches, Match::helpQuestionId, service.questions(matches), null);
    }

    @BatchMapping
    Map<Match, Family> family(List<Match> matches) {
        return Batches.join(matches, Match::familyId, service.families(matches), null);
    }

    @BatchMapping
    Map<Match, Object> helper(List<Match> matches) {
        return Batches.join(matches, Match::id, service.helpers(matches), null);
    }
}
