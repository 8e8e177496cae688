package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Changing a family's network map: persons, ties and community resource uses. Only the family's coach changes it.
 * History is never overwritten: an edit of a tie closes its version and opens a new one, an end closes it. Every
 * check comes before any write, so a refused change writes nothing; every change is audited. A change first
 * write-locks what its rule is about (the family, the tie or the person; the lock changes no data), so its checks
 * hold against concurrent requests too.
 */
@Service
@PreAuthorize("hasRole('COACH')")
@Transactional
class NetworkEditService {

    private static final int MAX_AGE = 120;

    private final NetworkRepository network;
    private final InputValidator validator;
    private final FamilyGate gate;
    private final Today today;

    NetworkEditService(NetworkRepository network, InputValidator validator, FamilyGate gate, Today today) {
        this.network = network;
        this.validator = validator;
        this.gate = gate;
        this.today = today;
    }

    NetworkPersonPayload addPerson(AddNetworkPersonInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkBirthDate(input.birthDate(), errors);
        checkArea(input.areaId(), errors);
        var validFrom = pastOrToday("input.validFrom", input.validFrom(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.CREATE, errors);
        if (!errors.isEmpty()) {
            return NetworkPersonPayload.failed(errors);
        }
        var personId = Ids.newId();
        // the person, their event and the person as read back: one statement
        return NetworkPersonPayload.of(network.createPerson(personId, input, validFrom,
                gate.grantedIn(AuditAction.CREATE, familyId, "NetworkPerson", personId)));
    }

    NetworkPersonPayload updatePerson(UpdateNetworkPersonInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkBirthDate(input.birthDate(), errors);
        checkArea(input.areaId(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.UPDATE, errors);
        if (familyId != null && Ids.isUuid(input.personId())) {
            var version = network.lockPerson(input.personId().toLowerCase());
            var standing = network.standings(familyId, List.of(input.personId().toLowerCase())).get(input.personId().toLowerCase());
            if (standing.household()) {
                errors.add(UserError.invalid("input.personId", "is a household member; change them with updatePerson"));
            }
            else if (network.person(familyId, input.personId().toLowerCase()).isEmpty()) {
                errors.add(UserError.notFound("input.personId", "person in this family's network"));
            }
            else {
                checkVersion(input.expectedVersion(), version.orElseThrow(), "person", errors);
            }
        }
        if (!errors.isEmpty()) {
            return NetworkPersonPayload.failed(errors);
        }
        var personId = input.personId().toLowerCase();
        network.updatePerson(input);
        gate.granted(AuditAction.UPDATE, familyId, "NetworkPerson", personId);
        return NetworkPersonPayload.of(network.person(familyId, personId).orElseThrow());
    }

    NetworkPersonPayload endPerson(EndNetworkPersonInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var validTo = pastOrToday("input.validTo", input.validTo(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.UPDATE, errors);
        if (familyId != null && Ids.isUuid(input.personId()) && validTo != null) {
            network.lockFamily(familyId);
            var personId = input.personId().toLowerCase();
            var standing = network.standings(familyId, List.of(personId)).get(personId);
            if (standing.household()) {
                errors.add(UserError.invalid("input.personId", "is a household member; remove them with removeFamilyMember"));
            }
            else if (standing.inNetworkFrom() == null) {
                errors.add(network.person(familyId, personId).isPresent()
                        ? UserError.invalid("input.personId", "has already left this family's network")
                        : UserError.notFound("input.personId", "person in this family's network"));
            }
            else {
                var latest = network.latestOpenTieStart(familyId, personId).orElse(standing.inNetworkFrom());
                var earliest = latest.isAfter(standing.inNetworkFrom()) ? latest : standing.inNetworkFrom();
                if (validTo.isBefore(earliest)) {
                    errors.add(UserError.invalid("input.validTo",
                            "must not be before " + earliest + ", when the person's current network membership or ties started"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return NetworkPersonPayload.failed(errors);
        }
        var personId = input.personId().toLowerCase();
        network.endPerson(familyId, personId, validTo);
        gate.granted(AuditAction.UPDATE, familyId, "NetworkPerson", personId);
        return NetworkPersonPayload.of(network.person(familyId, personId).orElseThrow());
    }

    NetworkTiePayload addTie(AddNetworkTieInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkAttributes(input, errors);
        var validFrom = pastOrToday("input.validFrom", input.validFrom(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.CREATE, errors);
        if (Ids.isUuid(input.fromPersonId()) && input.fromPersonId().equalsIgnoreCase(input.toPersonId())) {
            errors.add(UserError.invalid("input.toPersonId", "must be another person than fromPersonId"));
        }
        else if (familyId != null && Ids.isUuid(input.fromPersonId()) && Ids.isUuid(input.toPersonId())) {
            var from = input.fromPersonId().toLowerCase();
            var to = input.toPersonId().toLowerCase();
            // the family's lock, where both persons stand and whether they have an open tie: one statement
            var check = network.lockForTie(familyId, from, to)
                    .orElseThrow(() -> new IllegalStateException("The family " + familyId + " is gone"));
            var standings = check.standings();
            checkOnMap("input.fromPersonId", standings.get(from), validFrom, errors);
            checkOnMap("input.toPersonId", standings.get(to), validFrom, errors);
            if (standings.get(from).onMap() && standings.get(to).onMap() && check.openTie()) {
                errors.add(UserError.conflict("input.toPersonId",
                        "these persons already have a tie in this family's network; update or end that tie"));
            }
        }
        if (!errors.isEmpty()) {
            return NetworkTiePayload.failed(errors);
        }
        var tieId = Ids.newId();
        // the tie, its event and the version as read back: one statement
        return NetworkTiePayload.of(network.createTie(tieId, Ids.newId(), input, validFrom,
                gate.grantedIn(AuditAction.CREATE, familyId, "NetworkTie", tieId)));
    }

    NetworkTiePayload updateTie(UpdateNetworkTieInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        checkAttributes(input, errors);
        var validFrom = pastOrToday("input.validFrom", input.validFrom(), errors);
        var tie = writableTie(input.tieId(), input.expectedVersion(), AuditAction.UPDATE, errors);
        if (tie.isPresent() && validFrom != null && validFrom.isBefore(tie.get().validFrom())) {
            errors.add(UserError.invalid("input.validFrom",
                    "must not be before " + tie.get().validFrom() + ", when the tie's current version started"));
        }
        if (!errors.isEmpty()) {
            return NetworkTiePayload.failed(errors);
        }
        var tieId = input.tieId().toLowerCase();
        var versionId = network.updateTie(tieId, tie.get().versionId(), Ids.newId(), input, validFrom);
        gate.granted(AuditAction.UPDATE, tie.get().familyId(), "NetworkTie", tieId);
        return NetworkTiePayload.of(network.version(versionId).orElseThrow());
    }

    NetworkTiePayload endTie(EndNetworkTieInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var validTo = pastOrToday("input.validTo", input.validTo(), errors);
        var tie = writableTie(input.tieId(), input.expectedVersion(), AuditAction.UPDATE, errors);
        if (tie.isPresent() && validTo != null && validTo.isBefore(tie.get().validFrom())) {
            errors.add(UserError.invalid("input.validTo",
                    "must not be before " + tie.get().validFrom() + ", when the tie's current version started"));
        }
        if (!errors.isEmpty()) {
            return NetworkTiePayload.failed(errors);
        }
        var tieId = input.tieId().toLowerCase();
        var versionId = network.endTie(tieId, tie.get().versionId(), validTo, input.reason());
        gate.granted(AuditAction.UPDATE, tie.get().familyId(), "NetworkTie", tieId);
        return NetworkTiePayload.of(network.version(versionId).orElseThrow());
    }

    ResourceUsePayload addUse(AddResourceUseInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var validFrom = pastOrToday("input.validFrom", input.validFrom(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.CREATE, errors);
        if (Ids.isUuid(input.resourceId()) && !network.resourceExists(input.resourceId().toLowerCase())) {
            errors.add(UserError.notFound("input.resourceId", "community resource"));
        }
        if (familyId != null && Ids.isUuid(input.personId())) {
            var personId = input.personId().toLowerCase();
            network.lockPerson(personId);
            checkOnMap("input.personId", network.standings(familyId, List.of(personId)).get(personId), validFrom, errors);
            if (errors.isEmpty() && network.openUse(personId, input.resourceId().toLowerCase()).isPresent()) {
                errors.add(UserError.conflict("input.resourceId", "the person already uses this resource"));
            }
        }
        if (!errors.isEmpty()) {
            return ResourceUsePayload.failed(errors);
        }
        var personId = input.personId().toLowerCase();
        var resourceId = input.resourceId().toLowerCase();
        network.addUse(familyId, personId, resourceId, validFrom);
        gate.granted(AuditAction.CREATE, familyId, "ResourceUse", personId);
        return ResourceUsePayload.of(use(familyId, personId, resourceId, validFrom, null));
    }

    ResourceUsePayload endUse(EndResourceUseInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        var validTo = pastOrToday("input.validTo", input.validTo(), errors);
        var familyId = writableFamily("input.familyId", input.familyId(), AuditAction.UPDATE, errors);
        Optional<LocalDate> since = Optional.empty();
        if (familyId != null && Ids.isUuid(input.personId()) && Ids.isUuid(input.resourceId())) {
            var personId = input.personId().toLowerCase();
            network.lockPerson(personId);
            if (!network.standings(familyId, List.of(personId)).get(personId).onMap()) {
                errors.add(UserError.notFound("input.personId", "person in this family's network"));
            }
            else {
                since = network.openUse(personId, input.resourceId().toLowerCase());
                if (since.isEmpty()) {
                    errors.add(UserError.invalid("input.resourceId", "the person does not use this resource (any more)"));
                }
                else if (validTo != null && validTo.isBefore(since.get())) {
                    errors.add(UserError.invalid("input.validTo", "must not be before " + since.get() + ", when the use started"));
                }
            }
        }
        if (!errors.isEmpty()) {
            return ResourceUsePayload.failed(errors);
        }
        var personId = input.personId().toLowerCase();
        var resourceId = input.resourceId().toLowerCase();
        network.endUse(personId, resourceId, validTo);
        gate.granted(AuditAction.UPDATE, familyId, "ResourceUse", personId);
        return ResourceUsePayload.of(use(familyId, personId, resourceId, since.orElseThrow(), validTo));
    }

    private ResourceUse use(String familyId, String personId, String resourceId, LocalDate validFrom, LocalDate validTo) {
        var person = network.state(familyId, today.date())
                .flatMap(state -> state.persons().stream().filter(p -> p.id().equals(personId)).findFirst())
                .or(() -> network.person(familyId, personId))
                .orElseThrow();
        return new ResourceUse(person, resourceId, network.resourceName(resourceId), validFrom, validTo);
    }

    /** The family's id when the user may change it; else a NOT_FOUND error, and the refusal audited. */
    private String writableFamily(String field, String familyId, AuditAction action, List<UserError> errors) {
        if (!Ids.isUuid(familyId)) {
            return null;
        }
        var id = familyId.toLowerCase();
        if (!gate.mayChange(action, id, "FamilyNetwork", id)) {
            errors.add(UserError.notFound(field, "family"));
            return null;
        }
        return id;
    }

    /**
     * The tie's open version, read under the tie's write lock, when the user may change its family's map and the tie
     * is still at {@code expectedVersion} (when given); else a user error.
     */
    private Optional<NetworkRepository.TieState> writableTie(String tieId, Integer expectedVersion, AuditAction action,
                                                             List<UserError> errors) {
        if (!Ids.isUuid(tieId)) {
            return Optional.empty();
        }
        var id = tieId.toLowerCase();
        var tie = network.tie(id, true);
        if (tie.isEmpty()) {
            errors.add(UserError.notFound("input.tieId", "tie"));
            return Optional.empty();
        }
        if (!gate.mayChange(action, tie.get().familyId(), "NetworkTie", id)) {
            errors.add(UserError.notFound("input.tieId", "tie"));
            return Optional.empty();
        }
        if (!checkVersion(expectedVersion, tie.get().version(), "tie", errors)) {
            return Optional.empty();
        }
        if (tie.get().ended()) {
            errors.add(UserError.invalid("input.tieId", "the tie has already ended; record a new tie instead"));
            return Optional.empty();
        }
        return tie;
    }

    /**
     * Optimistic concurrency: whether the version the user saw ({@code expected}, null: not sent) is the current one;
     * else a CONFLICT naming input.expectedVersion.
     */
    private static boolean checkVersion(Integer expected, int current, String what, List<UserError> errors) {
        if (expected != null && expected != current) {
            errors.add(UserError.changedSince(what, current));
            return false;
        }
        return true;
    }

    private static void checkOnMap(String field, NetworkRepository.Standing standing, LocalDate validFrom, List<UserError> errors) {
        if (!standing.exists()) {
            errors.add(UserError.notFound(field, "person"));
        }
        else if (!standing.onMap()) {
            errors.add(UserError.invalid(field, "must be a household member or in the family's network"));
        }
        else if (validFrom != null && !standing.household() && validFrom.isBefore(standing.inNetworkFrom())) {
            errors.add(UserError.invalid(field, "joined the family's network on " + standing.inNetworkFrom()
                    + "; the date must not be before that"));
        }
    }

    /** Each support type at most once; known since not in the future. */
    private void checkAttributes(TieAttributes input, List<UserError> errors) {
        if (input.support() != null) {
            var seen = EnumSet.noneOf(SupportType.class);
            for (int i = 0; i < input.support().size(); i++) {
                var support = input.support().get(i);
                if (support != null && support.type() != null && !seen.add(support.type())) {
                    errors.add(UserError.invalid("input.support[" + i + "].type", "is listed more than once"));
                }
            }
        }
        if (input.knownSince() != null && input.knownSince().isAfter(today.date())) {
            errors.add(UserError.invalid("input.knownSince", "must not be in the future"));
        }
    }

    private void checkArea(String areaId, List<UserError> errors) {
        if (Ids.isUuid(areaId) && !network.areaExists(areaId.toLowerCase())) {
            errors.add(UserError.notFound("input.areaId", "area"));
        }
    }

    private void checkBirthDate(LocalDate birthDate, List<UserError> errors) {
        if (birthDate == null) {
            return;
        }
        var now = today.date();
        if (birthDate.isAfter(now)) {
            errors.add(UserError.invalid("input.birthDate", "must not be in the future"));
        }
        else if (birthDate.isBefore(now.minusYears(MAX_AGE))) {
            errors.add(UserError.invalid("input.birthDate", "must not be more than " + MAX_AGE + " years ago"));
        }
    }

    /** The date, or today when absent; null with an error when it is in the future. */
    private LocalDate pastOrToday(String field, LocalDate date, List<UserError> errors) {
        if (date == null) {
            return today.date();
        }
        if (date.isAfter(today.date())) {
            errors.add(UserError.invalid(field, "must not be in the future"));
            return null;
        }
        return date;
    }
}
