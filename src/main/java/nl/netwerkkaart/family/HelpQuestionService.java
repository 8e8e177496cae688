package nl.netwerkkaart.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.References;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.directory.ExpertiseService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class HelpQuestionService {

    private static final String QUESTION = "HelpQuestion";

    private final HelpQuestionRepository questions;
    private final FamilyRepository families;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final ExpertiseService expertises;

    HelpQuestionService(HelpQuestionRepository questions, FamilyRepository families, InputValidator validator, FamilyGate gate,
                        ExpertiseService expertises) {
        this.expertises = expertises;
        this.questions = questions;
        this.families = families;
        this.validator = validator;
        this.gate = gate;
    }

    /** The question, or empty when it does not exist or the user may not see its family. */
    public Optional<HelpQuestion> helpQuestion(String id) {
        var questionId = Ids.require("id", id);
        var familyId = questions.familyOf(questionId);
        return familyId.flatMap(family -> gate.read(AuditAction.READ, family, QUESTION, questionId,
                () -> questions.findById(questionId)));
    }

    Map<String, List<HelpQuestion>> raisedBy(Collection<String> familyIds) {
        return questions.raisedBy(familyIds);
    }

    Map<String, List<String>> lifeDomains(Collection<String> ids) {
        return questions.lifeDomains(ids);
    }

    Map<String, Person> about(Collection<String> ids) {
        return questions.about(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    HelpQuestionPayload create(CreateHelpQuestionInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkLifeDomains(input.lifeDomains(), errors);
        checkNeeded(input.neededExpertiseIds(), errors);
        if (Ids.isUuid(input.familyId())) {
            var familyId = input.familyId().toLowerCase();
            if (!gate.mayChange(AuditAction.CREATE, familyId, QUESTION, familyId)) {
                errors.add(UserError.notFound("input.familyId", "family"));
            }
            else {
                checkAbout(input.aboutPersonId(), familyId, errors);
            }
        }
        return errors.isEmpty()
                ? HelpQuestionPayload.of(audited(AuditAction.CREATE, questions.create(Ids.newId(), input)))
                : HelpQuestionPayload.failed(errors);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    HelpQuestionPayload update(UpdateHelpQuestionInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkLifeDomains(input.lifeDomains(), errors);
        checkNeeded(input.neededExpertiseIds(), errors);
        if (Ids.isUuid(input.id())) {
            var questionId = input.id().toLowerCase();
            var familyId = questions.familyOf(questionId)
                    .filter(family -> gate.mayChange(AuditAction.UPDATE, family, QUESTION, questionId));
            if (familyId.isEmpty()) {
                errors.add(UserError.notFound("input.id", "help question"));
            }
            else {
                checkAbout(input.aboutPersonId(), familyId.get(), errors);
                questions.lockedVersion(input.id().toLowerCase())
                        .filter(version -> input.expectedVersion() != null && version != input.expectedVersion().intValue())
                        .ifPresent(version -> errors.add(UserError.changedSince("help question", version)));
            }
        }
        return errors.isEmpty()
                ? HelpQuestionPayload.of(audited(AuditAction.UPDATE, questions.update(input)))
                : HelpQuestionPayload.failed(errors);
    }

    private HelpQuestion audited(AuditAction action, HelpQuestion question) {
        gate.granted(action, question.familyId(), QUESTION, question.id());
        return question;
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    DeletePayload delete(String id) {
        return References.deleteUnlessReferenced(id, "help question",
                questionId -> questions.familyOf(questionId)
                        .filter(familyId -> gate.mayChange(AuditAction.DELETE, familyId, QUESTION, questionId)).isPresent()
                        ? questions.references(questionId) : Map.of(),
                questionId -> {
                    var familyId = questions.familyOf(questionId).orElseThrow();
                    questions.delete(questionId);
                    gate.granted(AuditAction.DELETE, familyId, QUESTION, questionId);
                });
    }

    /** Each code at most once, and every code a life domain in the graph (GraphQL already limits them to the enum). */
    private void checkLifeDomains(List<String> codes, List<UserError> errors) {
        if (codes == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < codes.size(); i++) {
            if (!seen.add(codes.get(i))) {
                errors.add(UserError.invalid("input.lifeDomains[" + i + "]", "is listed more than once"));
            }
        }
        if (!seen.isEmpty() && questions.knownLifeDomains(seen) != seen.size()) {
            errors.add(UserError.notFound("input.lifeDomains", "life domain"));
        }
    }

    /** Each expertise at most once, and every id an expertise in the graph. */
    private void checkNeeded(List<String> ids, List<UserError> errors) {
        if (ids == null || ids.stream().anyMatch(id -> !Ids.isUuid(id))) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < ids.size(); i++) {
            if (!seen.add(ids.get(i).toLowerCase())) {
                errors.add(UserError.invalid("input.neededExpertiseIds[" + i + "]", "is listed more than once"));
            }
        }
        if (!seen.isEmpty() && !expertises.existing(seen).containsAll(seen)) {
            errors.add(UserError.notFound("input.neededExpertiseIds", "expertise"));
        }
    }

    private void checkAbout(String aboutPersonId, String familyId, List<UserError> errors) {
        if (!Ids.isUuid(aboutPersonId)) {
            return;
        }
        var membership = questions.membership(aboutPersonId.toLowerCase(), familyId);
        if (!membership.personExists()) {
            errors.add(UserError.notFound("input.aboutPersonId", "person"));
        }
        else if (!membership.member()) {
            errors.add(UserError.invalid("input.aboutPersonId", "must be a member of the family that raised the question"));
        }
    }
}
