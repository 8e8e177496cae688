package nl.netwerkkaart.audit;

import java.util.List;

import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A family's own audit trail, for its coach to show the family who looked at their data and why. */
@Service
class AuditTrailService {

    private final FamilyGate gate;
    private final AuditWriter writer;
    private final AuditRepository events;
    private final AuditSealer sealer;

    AuditTrailService(FamilyGate gate, AuditWriter writer, AuditRepository events, AuditSealer sealer) {
        this.gate = gate;
        this.writer = writer;
        this.events = events;
        this.sealer = sealer;
    }

    /** Who did what with a family's data and why, newest first. Reading it is itself recorded. */
    @PreAuthorize("hasRole('COACH')")
    @Transactional(readOnly = true)
    Connection<AuditEvent> auditTrail(String familyId, AuditTrailPage page) {
        var id = Ids.require("familyId", familyId);
        // only the family's own coach, within their municipality: the same rule as changing the family
        if (!gate.mayChange(AuditAction.READ, id, "AuditTrail", id)) {
            throw new NotFoundException("familyId", "family");
        }
        sealer.sealPending();
        var trail = events.trail(id, page);
        writer.append(new AuditRecord(AuditAction.READ, AuditOutcome.SUCCESS, id, List.of(), List.of("AuditTrail"),
                List.of(id), PurposeOfUse.ACCOUNTABILITY, null));
        return trail;
    }
}
