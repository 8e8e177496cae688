package nl.netwerkkaart.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.family.Family;
import nl.netwerkkaart.family.FamilyService;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.access.FamilyGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The closed loop from proposal to outcome, and the rankings that feed it. Only the family's coach runs a match;
 * whoever may read the family sees its matches, and a professional also sees the matches they are the helper of.
 * Every step and every read is audited in its own transaction.
 */
@Service
@Transactional(readOnly = true)
class MatchService {

    static final int DEFAULT_RANKING = 10;
    private static final String MATCH = "Match";

    private final MatchRepository matches;
    private final ProfessionalRanking ranking;
    private final FamilyService families;
    private final InputValidator validator;
    private final FamilyGate gate;

    MatchService(MatchRepository matches, ProfessionalRanking ranking, FamilyService families, InputValidator validator,
                 FamilyGate gate) {
        this.matches = matches;
        this.ranking = ranking;
        this.families = families;
        this.validator = validator;
        this.gate = gate;
    }

    /** The match, or empty when there is none or the user may see neither its family nor themselves in it. */
    @PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
    Optional<Match> match(String id) {
        var match = matches.findById(Ids.require("id", id));
        if (match.isEmpty()) {
            return match;
        }
        var found = match.get();
        if (!visible(found, gate.readable(List.of(found.familyId())))) {
            gate.refused(AuditAction.READ, found.familyId(), MATCH, found.id());
            return Optional.empty();
        }
        gate.granted(AuditAction.READ, found.familyId(), MATCH, found.id());
        return match;
    }

    @PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
    List<RankedProfessional> matchProfessionals(String helpQuestionId, Integer first) {
        var questionId = Ids.require("helpQuestionId", helpQuestionId);
        int limit = first == null ? DEFAULT_RANKING : first;
        if (limit < 1 || limit > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("first", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        var familyId = matches.question(questionId).map(MatchRepository.QuestionState::familyId);
        if (familyId.isEmpty() || !gate.read(AuditAction.READ, familyId.get(), "HelpQuestion", questionId)) {
            return List.of();
        }
        return ranking.rank(questionId, null, limit);
    }

    /** The family's minimal team, or empty when there is no such family or the user may not read it. */
    @PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
    Optional<MinimalTeam> minimalTeam(String id) {
        var familyId = Ids.require("familyId", id);
        return gate.read(AuditAction.READ, familyId, "MinimalTeam", familyId,
                () -> Optional.ofNullable(ranking.minimalTeam(familyId)));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    MatchPayload propose(ProposeMatchInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        MatchRepository.HelperState helper = null;
        if (Ids.isUuid(input.helpQuestionId())) {
            var questionId = input.helpQuestionId().toLowerCase();
            matches.lockQuestion(questionId);
            var question = matches.question(questionId).filter(found -> mayChange(AuditAction.CREATE, found.familyId(), questionId));
            if (question.isEmpty()) {
                errors.add(UserError.notFound("input.helpQuestionId", "help question"));
            }
            else if ("CLOSED".equals(question.get().status())) {
                errors.add(UserError.invalid("input.helpQuestionId", "is closed; reopen it before proposing help"));
            }
            else if (Ids.isUuid(input.helperId())) {
                helper = matches.helper(input.helperId().toLowerCase(), question.get().familyId());
                checkHelper(helper, questionId, input.helperId().toLowerCase(), errors);
            }
        }
        if (!errors.isEmpty()) {
            return MatchPayload.failed(errors);
        }
        var note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        var match = matches.propose(Ids.newId(), input.helpQuestionId().toLowerCase(), input.helperId().toLowerCase(),
                helper.ladderStep(), note);
        gate.granted(AuditAction.CREATE, match.familyId(), MATCH, match.id());
        return MatchPayload.of(match);
    }

    private void checkHelper(MatchRepository.HelperState helper, String questionId, String helperId, List<UserError> errors) {
        if (helper.ladderStep() == null) {
            errors.add(UserError.notFound("input.helperId", "professional, community resource or person"));
        }
        else if (helper.ladderStep() == LadderStep.NETWORK && !helper.inNetwork()) {
            errors.add(UserError.invalid("input.helperId", "must be a person in the family's network"));
        }
        else if (helper.resourceStatus() != null && !"ACTIVE".equals(helper.resourceStatus())) {
            errors.add(UserError.invalid("input.helperId", "is a community resource that is not active"));
        }
        else if (matches.openMatchExists(questionId, helperId)) {
            errors.add(UserError.conflict("input.helperId", "already has a match for this help question that is not closed"));
        }
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    MatchPayload confirm(ConfirmMatchInput input) {
        return step(input, input.id(), MatchStatus.PROPOSED, "is not proposed: only a proposed match can be confirmed",
                matches::confirm);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    MatchPayload start(StartMatchInput input) {
        return step(input, input.id(), MatchStatus.CONFIRMED, "is not confirmed: only a confirmed match can start",
                matches::start);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    MatchPayload close(CloseMatchInput input) {
        var note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        return step(input, input.id(), null, "is already closed", id -> matches.close(id, input.outcome(), note));
    }

    /**
     * A lifecycle step: input constraints, then the match must exist in a family the user coaches and be in
     * {@code from} (null: any state but CLOSED). The transition checks the state again under the match's write lock,
     * so a concurrent step cannot slip in between.
     */
    private MatchPayload step(Object input, String rawId, MatchStatus from, String wrongState,
                              Function<String, MatchRepository.Transition> transition) {
        var errors = validator.validate(input);
        if (!errors.isEmpty()) {
            return MatchPayload.failed(errors);
        }
        var id = rawId.toLowerCase();
        var match = matches.findById(id).filter(found -> mayChange(AuditAction.UPDATE, found.familyId(), id));
        if (match.isEmpty()) {
            return MatchPayload.failed(UserError.notFound("input.id", "match"));
        }
        var status = match.get().status();
        if (from == null ? status == MatchStatus.CLOSED : status != from) {
            return MatchPayload.failed(UserError.invalid("input.id", wrongState));
        }
        if (from == MatchStatus.PROPOSED
                && matches.question(match.get().helpQuestionId()).map(q -> "CLOSED".equals(q.status())).orElse(false)) {
            return MatchPayload.failed(UserError.invalid("input.id", "belongs to a closed help question"));
        }
        var done = transition.apply(id);
        if (!done.inState()) {
            return MatchPayload.failed(UserError.conflict("input.id", "was changed by someone else; reload it"));
        }
        if (!done.placeFree()) {
            return MatchPayload.failed(UserError.conflict("input.id", "the professional has no open place left"));
        }
        gate.granted(AuditAction.UPDATE, match.get().familyId(), MATCH, id);
        return MatchPayload.of(matches.findById(id).orElseThrow());
    }

    private boolean mayChange(AuditAction action, String familyId, String objectId) {
        return gate.mayChange(action, familyId, MATCH, objectId);
    }

    /** {@code HelpQuestion.matches}: the matches of questions whose family the user may read. */
    Map<String, List<Match>> forQuestions(Collection<String> questionIds) {
        var byQuestion = matches.forQuestions(questionIds);
        var readable = gate.readable(byQuestion.values().stream().flatMap(List::stream).map(Match::familyId).distinct().toList());
        return byQuestion.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty() && readable.contains(entry.getValue().get(0).familyId()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * {@code Professional.matches}: of each professional's matches, those of families the user may read, and all of
     * the user's own. Family-level data reached from the directory, so the read is audited per family.
     */
    Map<String, List<Match>> forProfessionals(Collection<String> professionalIds) {
        var byProfessional = matches.forProfessionals(professionalIds);
        var readable = gate.readable(byProfessional.values().stream().flatMap(List::stream).map(Match::familyId).distinct().toList());
        var visible = byProfessional.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        entry -> entry.getValue().stream().filter(match -> visible(match, readable)).toList()));
        var familyIds = visible.values().stream().flatMap(List::stream).map(Match::familyId).distinct().toList();
        gate.read(AuditAction.READ, familyIds, MATCH);
        return visible;
    }

    /** {@code Match.helpQuestion}: only of families the user may read. */
    Map<String, HelpQuestion> questions(Collection<Match> parents) {
        var readable = readableFamilies(parents);
        return matches.questions(parents.stream().filter(m -> readable.contains(m.familyId())).map(Match::helpQuestionId).distinct().toList());
    }

    /** {@code Match.family}: only families the user may read. */
    Map<String, Family> families(Collection<Match> parents) {
        var readable = readableFamilies(parents);
        return families.families(readable);
    }

    /** {@code Match.helper}: a person from the family's network only when the user may read the family. */
    Map<String, Object> helpers(Collection<Match> parents) {
        var readable = readableFamilies(parents);
        var byFamily = parents.stream().collect(Collectors.toMap(Match::id, Match::familyId, (first, second) -> first));
        return matches.helpers(byFamily.keySet()).entrySet().stream()
                .filter(entry -> !(entry.getValue() instanceof Person) || readable.contains(byFamily.get(entry.getKey())))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Set<String> readableFamilies(Collection<Match> parents) {
        return gate.readable(parents.stream().map(Match::familyId).distinct().toList());
    }

    /** A match is visible to whoever may read its family, and to the professional who is its helper. */
    private boolean visible(Match match, Set<String> readableFamilies) {
        return readableFamilies.contains(match.familyId())
                || (match.helperId() != null && match.helperId().equals(gate.ownProfessionalId()));
    }
}
