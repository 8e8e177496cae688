package nl.netwerkkaart.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.netwerkkaart.api.DeletePayload;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.access.FamilyGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Explanatory analyses of help questions: the family's coach writes them, whoever may read the family (the coach,
 * tent participants under the consent rules) reads them. Every access is audited in its own transaction.
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class AnalysisService {

    private static final String ANALYSIS = "Analysis";

    private final AnalysisRepository analyses;
    private final InputValidator validator;
    private final FamilyGate gate;

    AnalysisService(AnalysisRepository analyses, InputValidator validator, FamilyGate gate) {
        this.analyses = analyses;
        this.validator = validator;
        this.gate = gate;
    }

    /**
     * The question's analysis, or empty when it has none.
     *
     * @throws NotFoundException when the question is unknown or its family is not the user's to see
     */
    public Optional<Analysis> analysis(String helpQuestionId) {
        var questionId = Ids.require("helpQuestionId", helpQuestionId);
        var familyId = analyses.familyOf(questionId).orElseThrow(() -> new NotFoundException("helpQuestionId", "help question"));
        if (!gate.read(AuditAction.READ, familyId, ANALYSIS, questionId)) {
            throw new NotFoundException("helpQuestionId", "help question");
        }
        return Optional.ofNullable(analyses.forQuestions(List.of(questionId)).get(questionId));
    }

    /** {@code HelpQuestion.analysis}: the parents were already access-checked and audited when they were read. */
    public Map<String, Analysis> forQuestions(Collection<String> questionIds) {
        return analyses.forQuestions(questionIds);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    AnalysisPayload save(SaveAnalysisInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkLifeDomains(input, errors);
        String familyId = null;
        if (Ids.isUuid(input.helpQuestionId())) {
            var questionId = input.helpQuestionId().toLowerCase();
            familyId = analyses.familyOf(questionId)
                    .filter(family -> gate.mayChange(AuditAction.UPDATE, family, ANALYSIS, questionId)).orElse(null);
            if (familyId == null) {
                errors.add(UserError.notFound("input.helpQuestionId", "help question"));
            }
        }
        if (!errors.isEmpty()) {
            return AnalysisPayload.failed(errors);
        }
        var questionId = input.helpQuestionId().toLowerCase();
        boolean existed = analyses.forQuestions(List.of(questionId)).containsKey(questionId);
        var saved = analyses.save(input);
        gate.granted(existed ? AuditAction.UPDATE : AuditAction.CREATE, familyId, ANALYSIS, saved.id());
        return AnalysisPayload.of(saved);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    DeletePayload delete(String id) {
        if (!Ids.isUuid(id)) {
            return DeletePayload.failed(UserError.invalid("input.id", "must be a UUID"));
        }
        var analysisId = id.toLowerCase();
        var familyId = analyses.owner(analysisId).map(row -> row.string("familyId"))
                .filter(family -> gate.mayChange(AuditAction.DELETE, family, ANALYSIS, analysisId));
        if (familyId.isEmpty()) {
            return DeletePayload.failed(UserError.notFound("input.id", "analysis"));
        }
        analyses.delete(analysisId);
        gate.granted(AuditAction.DELETE, familyId.get(), ANALYSIS, analysisId);
        return DeletePayload.deleted(analysisId);
    }

    /** Every code a life domain in the graph (GraphQL already limits them to the enum). */
    private void checkLifeDomains(SaveAnalysisInput input, List<UserError> errors) {
        Set<String> codes = new HashSet<>();
        SaveAnalysisInput.orEmpty(input.hypotheses()).stream().filter(h -> h != null).forEach(h -> {
            addCodes(codes, h.lifeDomains());
            SaveAnalysisInput.orEmpty(h.supportingEvidence()).forEach(f -> addCodes(codes, f == null ? null : f.lifeDomains()));
            SaveAnalysisInput.orEmpty(h.contradictingEvidence()).forEach(f -> addCodes(codes, f == null ? null : f.lifeDomains()));
        });
        SaveAnalysisInput.orEmpty(input.protectiveFactors()).forEach(f -> addCodes(codes, f == null ? null : f.lifeDomains()));
        if (!codes.isEmpty() && analyses.knownLifeDomains(codes) != codes.size()) {
            errors.add(UserError.notFound("input.lifeDomains", "life domain"));
        }
    }

    private static void addCodes(Set<String> codes, List<String> lifeDomains) {
        SaveAnalysisInput.orEmpty(lifeDomains).stream().filter(code -> code != null).forEach(codes::add);
    }
}
