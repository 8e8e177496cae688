package nl.netwerkkaart.family;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.FamilyGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class PersonService {

    private final PersonRepository persons;
    private final FamilyRepository families;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    PersonService(PersonRepository persons, FamilyRepository families, InputValidator validator, FamilyGate gate, Today today) {
        this.persons = persons;
        this.families = families;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    Map<String, List<FamilyMember>> members(Collection<String> familyIds) {
        return persons.members(familyIds);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    FamilyMemberPayload add(AddFamilyMemberInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        Person.implausible(input.birthDate(), today.date()).ifPresent(problem -> errors.add(UserError.invalid("input.birthDate", problem)));
        checkAuthority(input.role(), input.hasAuthority(), errors);
        if (Ids.isUuid(input.familyId())
                && !gate.mayChange(AuditAction.CREATE, input.familyId().toLowerCase(), "Person", input.familyId().toLowerCase())) {
            errors.add(UserError.notFound("input.familyId", "family"));
        }
        if (!errors.isEmpty()) {
            return FamilyMemberPayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        var member = persons.add(familyId, Ids.newId(), input);
        gate.granted(AuditAction.CREATE, familyId, "Person", member.person().id());
        return FamilyMemberPayload.of(member, families.findById(familyId).orElseThrow());
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    PersonPayload update(UpdatePersonInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        Person.implausible(input.birthDate(), today.date()).ifPresent(problem -> errors.add(UserError.invalid("input.birthDate", problem)));
        var family = Ids.isUuid(input.id())
                ? writableFamilyOf(input.id().toLowerCase(), AuditAction.UPDATE)
                : Optional.<String>empty();
        if (Ids.isUuid(input.id()) && family.isEmpty()) {
            errors.add(UserError.notFound("input.id", "person"));
        }
        else if (family.isPresent()) {
            persons.lockedVersion(input.id().toLowerCase())
                    .filter(version -> input.expectedVersion() != null && version != input.expectedVersion().intValue())
                    .ifPresent(version -> errors.add(UserError.changedSince("person", version)));
        }
        if (!errors.isEmpty()) {
            return PersonPayload.failed(errors);
        }
        var person = persons.update(input);
        gate.granted(AuditAction.UPDATE, family.get(), "Person", person.id());
        return PersonPayload.of(person);
    }

    private static void checkAuthority(MemberRole role, boolean authority, List<UserError> errors) {
        if (role == MemberRole.CHILD && authority) {
            errors.add(UserError.invalid("input.authority", "a CHILD cannot have parental authority; only a PARENT or OTHER can"));
        }
    }

    /**
     * A member's role and authority in one family and, when the input has a given name, the person's own fields: one
     * transaction through the family gate, audited once. Every rule is checked before anything is written (the
     * family and then the member are write-locked first, in the order a removal takes, so of two concurrent edits with
     * the same expected version the second gets the conflict, and a member removed meanwhile is not found); a refusal
     * writes nothing. The version is the person's own fields': a change of role or authority alone leaves it, and of
     * two such changes at once the last one counts.
     */
    @Transactional
    @PreAuthorize("hasRole('COACH')")
    FamilyMemberPayload updateMember(UpdateFamilyMemberInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (input.changesPerson()) {
            // the person's own fields by updatePerson's rules; its id and expected version are this input's personId
            // and expectedVersion, checked above already
            validator.validate(input.person()).stream()
                    .filter(error -> !error.field().equals("input.id") && !error.field().equals("input.expectedVersion"))
                    .forEach(errors::add);
        }
        Person.implausible(input.birthDate(), today.date()).ifPresent(problem -> errors.add(UserError.invalid("input.birthDate", problem)));
        checkAuthority(input.role(), Boolean.TRUE.equals(input.authority()), errors);
        if (!errors.isEmpty() || !Ids.isUuid(input.familyId()) || !Ids.isUuid(input.personId())) {
            return FamilyMemberPayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        var personId = input.personId().toLowerCase();
        if (!gate.mayChange(AuditAction.UPDATE, familyId, "Person", personId)) {
            errors.add(UserError.notFound("input.familyId", "family"));
            return FamilyMemberPayload.failed(errors);
        }
        var version = persons.lockedMemberVersion(familyId, personId);
        if (version.isEmpty()) {
            errors.add(UserError.notFound("input.personId", "member of this family"));
            return FamilyMemberPayload.failed(errors);
        }
        if (input.expectedVersion() != null && version.get() != input.expectedVersion().intValue()) {
            errors.add(UserError.changedSince("person", version.get()));
            return FamilyMemberPayload.failed(errors);
        }
        if (input.changesPerson()) {
            persons.update(input.person());
        }
        // the member is locked with its family: it is still there
        var member = persons.updateMembership(familyId, personId, input.role(), input.authority()).orElseThrow();
        gate.granted(AuditAction.UPDATE, familyId, "Person", personId);
        return FamilyMemberPayload.of(member, families.findById(familyId).orElseThrow());
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    FamilyPayload remove(RemoveFamilyMemberInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (!errors.isEmpty()) {
            return FamilyPayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        var personId = input.personId().toLowerCase();
        if (!gate.mayChange(AuditAction.DELETE, familyId, "Person", personId)) {
            return FamilyPayload.failed(List.of(UserError.notFound("input.familyId", "family")));
        }
        var questionsAbout = persons.questionsAbout(familyId, personId);
        if (questionsAbout.isEmpty()) {
            return FamilyPayload.failed(List.of(UserError.notFound("input.personId", "member of this family")));
        }
        if (questionsAbout.get() > 0) {
            return FamilyPayload.failed(List.of(UserError.referenced("input.personId", questionsAbout.get()
                    + " help questions of this family are about this person; point them at someone else or delete them first")));
        }
        var consents = persons.activeConsentsGiven(familyId, personId, today.date());
        if (consents > 0) {
            return FamilyPayload.failed(List.of(UserError.referenced("input.personId", consents
                    + " active consents of this family were given by this person; revoke them (and record a new consent if needed) first")));
        }
        persons.remove(familyId, personId);
        gate.granted(AuditAction.DELETE, familyId, "Person", personId);
        return FamilyPayload.of(families.findById(familyId).orElseThrow());
    }

    /**
     * The first of the person's families the user may change; the refusal is audited against each family when there
     * is none (a person of no family the user may change looks unknown).
     */
    private Optional<String> writableFamilyOf(String personId, AuditAction action) {
        var familyIds = persons.familiesOf(personId);
        var writable = gate.writable(familyIds);
        if (writable.isEmpty()) {
            familyIds.forEach(familyId -> gate.refused(action, familyId, "Person", personId));
        }
        return familyIds.stream().filter(writable::contains).findFirst();
    }
}
