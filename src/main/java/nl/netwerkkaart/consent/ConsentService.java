package nl.netwerkkaart.consent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.family.FamilyService;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.Today;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class ConsentService {

    private static final String GIVERS = "input.givenByPersonIds";
    private static final String CONSENT = "Consent";

    private final ConsentRepository consents;
    private final FamilyService families;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    ConsentService(ConsentRepository consents, FamilyService families, InputValidator validator, FamilyGate gate,
                   Today today) {
        this.consents = consents;
        this.families = families;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    /**
     * The scopes each family's consents cover today, for access rules and other features: every id in
     * {@code familyIds} is a key, with an empty set when nothing is granted (or there is no such family).
     */
    public Map<String, Set<ConsentScope>> currentScopes(Collection<String> familyIds) {
        var found = consents.currentScopes(familyIds, today.date());
        var result = new HashMap<String, Set<ConsentScope>>();
        for (var id : familyIds) {
            var scopes = EnumSet.noneOf(ConsentScope.class);
            found.getOrDefault(id, List.of()).forEach(scope -> scopes.add(ConsentScope.valueOf(scope)));
            result.put(id, scopes);
        }
        return result;
    }

    Map<String, List<Consent>> consents(Collection<String> familyIds) {
        return consents.consents(familyIds);
    }

    Map<String, List<Person>> givenBy(Collection<String> consentIds) {
        return consents.givenBy(consentIds);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    ConsentPayload record(RecordConsentInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        distinct("input.scopes", input.scopes(), errors);
        var giverIds = input.givenByPersonIds() == null ? List.<String>of()
                : input.givenByPersonIds().stream().map(String::toLowerCase).toList();
        var giversWellFormed = distinct(GIVERS, giverIds, errors) && giverIds.stream().allMatch(Ids::isUuid);
        if (input.validUntil() != null && input.validUntil().isBefore(today.date())) {
            errors.add(UserError.invalid("input.validUntil", "must not be in the past"));
        }
        if (Ids.isUuid(input.familyId())) {
            var familyId = input.familyId().toLowerCase();
            var members = consents.members(familyId);
            if (!gate.mayChange(AuditAction.CREATE, familyId, CONSENT, familyId) || members.isEmpty()) {
                errors.add(UserError.notFound("input.familyId", "family"));
            }
            else if (giversWellFormed && !giverIds.isEmpty()) {
                checkGivers(members.get(), giverIds, errors);
            }
        }
        if (!errors.isEmpty()) {
            return ConsentPayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        // Enum order, so a consent lists its scopes the same way however they were sent.
        var scopes = input.scopes().stream().sorted().map(ConsentScope::name).toList();
        var note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        var consent = consents.create(Ids.newId(), familyId, giverIds, scopes, input.validUntil(), note);
        gate.granted(AuditAction.CREATE, familyId, CONSENT, consent.id());
        return ConsentPayload.of(consent, families.families(List.of(familyId)).get(familyId));
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    ConsentPayload revoke(RevokeConsentInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.consentId())) {
            var consentId = input.consentId().toLowerCase();
            var consent = consents.lockedById(consentId)
                    .filter(found -> gate.mayChange(AuditAction.UPDATE, found.familyId(), CONSENT, consentId));
            if (consent.isEmpty()) {
                errors.add(UserError.notFound("input.consentId", "consent"));
            }
            else if (consent.get().revokedAt() != null) {
                errors.add(UserError.conflict("input.consentId", "was already revoked at " + consent.get().revokedAt().toOffsetDateTime()));
            }
        }
        if (!errors.isEmpty()) {
            return ConsentPayload.failed(errors);
        }
        var reason = input.reason() == null || input.reason().isBlank() ? null : input.reason().strip();
        var consent = consents.revoke(input.consentId().toLowerCase(), reason);
        gate.granted(AuditAction.UPDATE, consent.familyId(), CONSENT, consent.id());
        return ConsentPayload.of(consent, families.families(List.of(consent.familyId())).get(consent.familyId()));
    }

    /** Every giver a member of the family, and together the members the age rules ask for. */
    private void checkGivers(List<ConsentRules.Member> members, List<String> giverIds, List<UserError> errors) {
        var memberIds = members.stream().map(ConsentRules.Member::personId).collect(Collectors.toSet());
        var outsiders = giverIds.stream().filter(id -> !memberIds.contains(id)).toList();
        if (!outsiders.isEmpty()) {
            var existing = consents.existingPersons(outsiders);
            for (int i = 0; i < giverIds.size(); i++) {
                var id = giverIds.get(i);
                if (!memberIds.contains(id)) {
                    errors.add(existing.contains(id)
                            ? UserError.invalid(GIVERS + "[" + i + "]", "must be a member of this family")
                            : UserError.notFound(GIVERS + "[" + i + "]", "person"));
                }
            }
            return;
        }
        ConsentRules.unmet(members, Set.copyOf(giverIds), today.date())
                .forEach(problem -> errors.add(UserError.invalid(GIVERS, problem)));
    }

    /** Reports each repeated item as {@code field[i]}; whether all items differ. */
    private static boolean distinct(String field, List<?> items, List<UserError> errors) {
        if (items == null) {
            return true;
        }
        var seen = new HashSet<>();
        var allDifferent = true;
        for (int i = 0; i < items.size(); i++) {
            if (!seen.add(items.get(i))) {
                errors.add(UserError.invalid(field + "[" + i + "]", "is listed more than once"));
                allDifferent = false;
            }
        }
        return allDifferent;
    }
}
