package nl.netwerkkaart.audit;

import java.util.List;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The NEN 7513 audit trail: every access to a family's data is recorded with {@link #record} in the transaction that
 * does it, so an access whose event cannot be written fails as a whole. Events are append-only: nothing here changes
 * or deletes them. Features record family access only through {@code nl.netwerkkaart.access.FamilyGate}; the trail
 * itself is {@link AuditTrailService}'s. Only an administrator verifies the chain.
 */
@Service
public class AuditService {

    private final AuditWriter writer;
    private final AuditRepository events;
    private final AuditSealer sealer;
    private final AuditVerifier verifier;
    private final CurrentUser currentUser;

    AuditService(AuditWriter writer, AuditRepository events, AuditSealer sealer, AuditVerifier verifier,
                 CurrentUser currentUser) {
        this.writer = writer;
        this.events = events;
        this.sealer = sealer;
        this.verifier = verifier;
        this.currentUser = currentUser;
    }

    /**
     * Records an access by the signed-in user in the caller's transaction, which must exist: in a write transaction
     * the event is written in it; in a read transaction ({@code readOnly}) it is committed by group commit with those
     * of other reads, and the caller's transaction waits for that before it commits. Either way the result leaves only
     * with its event committed. Without a transaction or a signed-in user it throws, so the access fails rather than
     * go unlogged. The one exception is the start-up warm-up's own threads before readiness ({@link UnauditedWarmUp}):
     * their reads reach no user, and no event is written.
     *
     * @return the new event's id, or null on a warm-up thread
     * @throws org.springframework.transaction.IllegalTransactionStateException when there is no transaction
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public String record(AuditRecord record) {
        return writer.append(record);
    }

    /**
     * Records a refused access, with outcome {@code DENIED} whatever {@code record.outcome()} says, committed before
     * this returns, so it stays when the caller's transaction rolls back. Call it before throwing the refusal.
     *
     * @return the new event's id
     */
    public String recordDenied(AuditRecord record) {
        return writer.appendDenied(record);
    }

    /**
     * Records a successful access to one item of a family's data, in the caller's transaction; the purpose follows
     * from the role: a coach's work is care, a professional's access comes through the tent.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void familyAccess(AuditAction action, String familyId, String objectType, String objectId) {
        writer.append(familyRecord(action, AuditOutcome.SUCCESS, familyId, objectType, objectId));
    }

    /**
     * As {@link #familyAccess}, for a change that writes its event in its own statement ({@link AuditedChange}): one
     * statement and round trip fewer per change, in the same transaction as before.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditedChange familyChange(AuditAction action, String familyId, String objectType, String objectId) {
        return writer.forStatement(familyRecord(action, AuditOutcome.SUCCESS, familyId, objectType, objectId));
    }

    /** Records the same access to each of several families, e.g. the families on a page of search results. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void familiesAccess(AuditAction action, List<String> familyIds, String objectType) {
        writer.appendAll(familyIds.stream()
                .map(familyId -> familyRecord(action, AuditOutcome.SUCCESS, familyId, objectType, familyId))
                .toList());
    }

    /** Records a refused access to one item of a family's data, kept when the caller's transaction rolls back. */
    public void familyAccessDenied(AuditAction action, String familyId, String objectType, String objectId) {
        writer.appendDenied(familyRecord(action, AuditOutcome.DENIED, familyId, objectType, objectId));
    }

    private AuditRecord familyRecord(AuditAction action, AuditOutcome outcome, String familyId, String objectType, String objectId) {
        var purpose = currentUser.find().map(user -> user.role() == Role.PROFESSIONAL).orElse(false)
                ? PurposeOfUse.CASE_CONFERENCE : PurposeOfUse.CARE;
        return new AuditRecord(action, outcome, familyId, List.of(), List.of(objectType), List.of(objectId), purpose, null);
    }

    /**
     * Seals what is pending, then checks the chain against the audit keys and this instance's checkpoint file (see
     * {@link AuditVerifier}): every event's MACs from the first event to the head, every checkpoint, events outside
     * the chain or waiting with a bad MAC, and alarms raised while sealing.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AuditChainVerification verifyAuditChain() {
        sealer.sealPending();
        var result = verifier.verify();
        writer.append(new AuditRecord(AuditAction.READ, AuditOutcome.SUCCESS, null, List.of(), List.of("AuditChain"),
                List.of(), PurposeOfUse.ACCOUNTABILITY, result.valid() ? "chain verified: valid" : "chain verified: broken"));
        return result;
    }
}
