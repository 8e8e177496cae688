package nl.netwerkkaart.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.FamilyGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * ZRM self-reliance assessments (zelfredzaamheid) with the Krachtenwijzer split: recorded by the family's coach,
 * read as a trend by whoever may see the family's network map. Every read and write is audited.
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional
class AssessmentService {

    private static final int SHARES_TOTAL = 100;

    private final AssessmentRepository assessments;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    AssessmentService(AssessmentRepository assessments, InputValidator validator, FamilyGate gate, Today today) {
        this.assessments = assessments;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    @PreAuthorize("hasRole('COACH')")
    AssessmentPayload record(RecordAssessmentInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (input.date() != null && input.date().isAfter(today.date())) {
            errors.add(UserError.invalid("input.date", "must not be in the future"));
        }
        checkScores(input, errors);
        String familyId = null;
        if (Ids.isUuid(input.familyId())) {
            familyId = input.familyId().toLowerCase();
            if (!gate.mayChange(AuditAction.CREATE, familyId, "Assessment", familyId)) {
                errors.add(UserError.notFound("input.familyId", "family"));
            }
            else if (Ids.isUuid(input.personId())) {
                var member = assessments.member(familyId, input.personId().toLowerCase());
                if (member.isEmpty()) {
                    errors.add(UserError.notFound("input.personId", "person"));
                }
                else if (!member.get()) {
                    errors.add(UserError.invalid("input.personId", "must be a member of the family"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return AssessmentPayload.failed(errors);
        }
        var id = Ids.newId();
        assessments.create(id, input);
        gate.granted(AuditAction.CREATE, familyId, "Assessment", id);
        return AssessmentPayload.of(assessments.assessments(familyId, null, id).get(0));
    }

    @Transactional(readOnly = true)
    Optional<SelfRelianceTrend> trend(String familyId, String personId) {
        var id = Ids.require("familyId", familyId);
        var person = personId == null ? null : Ids.require("personId", personId);
        if (!gate.readMap(id, "SelfRelianceTrend", person == null ? id : person)) {
            return Optional.empty();
        }
        var found = assessments.assessments(id, person, null);
        var points = new LinkedHashMap<String, List<Assessment.DomainScore>>();
        var names = assessments.lifeDomainNames();
        names.keySet().forEach(code -> points.put(code, new ArrayList<>()));
        found.forEach(a -> a.scores().forEach(score -> points.get(score.lifeDomain()).add(score)));
        var domains = points.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> new SelfRelianceTrend.DomainTrend(e.getKey(), names.get(e.getKey()), List.copyOf(e.getValue())))
                .toList();
        return Optional.of(new SelfRelianceTrend(id, person, found, domains));
    }

    /** Each domain at most once, and each domain's shares summing to 100. */
    private void checkScores(RecordAssessmentInput input, List<UserError> errors) {
        if (input.scores() == null) {
            return;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < input.scores().size(); i++) {
            var score = input.scores().get(i);
            if (score == null) {
                continue;
            }
            if (score.lifeDomain() != null && !seen.add(score.lifeDomain())) {
                errors.add(UserError.invalid("input.scores[" + i + "].lifeDomain", "is listed more than once"));
            }
            if (score.ownStrength() != null && score.network() != null && score.professional() != null
                    && score.ownStrength() + score.network() + score.professional() != SHARES_TOTAL) {
                errors.add(UserError.invalid("input.scores[" + i + "]", "ownStrength, network and professional must sum to 100"));
            }
        }
        if (!seen.isEmpty() && assessments.knownLifeDomains(seen) != seen.size()) {
            errors.add(UserError.notFound("input.scores", "life domain"));
        }
    }
}
