package nl.netwerkkaart.dossier;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InputValidator;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.audit.AuditOutcome;
import nl.netwerkkaart.audit.AuditRecord;
import nl.netwerkkaart.audit.AuditService;
import nl.netwerkkaart.audit.PurposeOfUse;
import nl.netwerkkaart.security.FamilyAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The minimal dossier: whoever may read the family reads its case timeline; only its coach adds handover notes.
 * Both are audited as access to the family in the same transaction.
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class DossierService {

    private final DossierRepository dossier;
    private final InputValidator validator;
    private final FamilyAccess access;
    private final AuditService audit;

    DossierService(DossierRepository dossier, InputValidator validator, FamilyAccess access, AuditService audit) {
        this.dossier = dossier;
        this.validator = validator;
        this.access = access;
        this.audit = audit;
    }

    /** @throws NotFoundException when the family is unknown or not the user's to see: the two look the same */
    @Transactional
    Connection<TimelineEntry> caseTimeline(String familyId, PageRequest page) {
        var id = Ids.require("familyId", familyId);
        if (!access.mayRead(id)) {
            audit.familyAccessDenied(AuditAction.READ, id, "CaseTimeline", id);
            throw new NotFoundException("familyId", "family");
        }
        var timeline = dossier.timeline(id, page);
        audit.familyAccess(AuditAction.READ, id, "CaseTimeline", id);
        return timeline;
    }

    Map<String, HandoverNote> notes(Collection<String> ids) {
        return dossier.notes(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    HandoverNotePayload addHandoverNote(AddHandoverNoteInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.familyId()) && !access.mayWrite(input.familyId().toLowerCase())) {
            errors.add(UserError.notFound("input.familyId", "family"));
        }
        if (Ids.isUuid(input.recipientProfessionalId())
                && !dossier.professionalExists(input.recipientProfessionalId().toLowerCase())) {
            errors.add(UserError.notFound("input.recipientProfessionalId", "professional"));
        }
        if (!errors.isEmpty()) {
            return HandoverNotePayload.failed(errors);
        }
        var familyId = input.familyId().toLowerCase();
        var note = dossier.addNote(Ids.newId(), familyId, access.ownProfessionalId(), input);
        audit.record(new AuditRecord(AuditAction.CREATE, AuditOutcome.SUCCESS, familyId, List.of(), List.of("HandoverNote"),
                List.of(note.id()), PurposeOfUse.HANDOVER, null, null));
        return HandoverNotePayload.of(note);
    }
}
