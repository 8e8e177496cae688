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
import nl.netwerkkaart.audit.PurposeOfUse;
import nl.netwerkkaart.access.FamilyGate;
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

    private static final String NOTE = "HandoverNote";

    private final DossierRepository dossier;
    private final InputValidator validator;
    private final FamilyGate gate;

    DossierService(DossierRepository dossier, InputValidator validator, FamilyGate gate) {
        this.dossier = dossier;
        this.validator = validator;
        this.gate = gate;
    }

    /** @throws NotFoundException when the family is unknown or not the user's to see: the two look the same */
    Connection<TimelineEntry> caseTimeline(String familyId, PageRequest page) {
        var id = Ids.require("familyId", familyId);
        if (!gate.read(AuditAction.READ, id, "CaseTimeline", id)) {
            throw new NotFoundException("familyId", "family");
        }
        return dossier.timeline(id, page);
    }

    Map<String, HandoverNote> notes(Collection<String> ids) {
        return dossier.notes(ids);
    }

    @Transactional
    @PreAuthorize("hasRole('COACH')")
    HandoverNotePayload addHandoverNote(AddHandoverNoteInput input) {
        var errors = new ArrayList<>(validator.validate(input));
        if (Ids.isUuid(input.familyId()) && !gate.mayChange(AuditAction.CREATE, input.familyId().toLowerCase(), NOTE,
                input.familyId().toLowerCase())) {
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
        var note = dossier.addNote(Ids.newId(), familyId, gate.ownProfessionalId(), input);
        gate.granted(AuditAction.CREATE, familyId, NOTE, note.id(), PurposeOfUse.HANDOVER);
        return HandoverNotePayload.of(note);
    }
}
