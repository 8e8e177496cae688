package nl.netwerkkaart.ladder;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.matching.NeedsService;
import nl.netwerkkaart.access.FamilyGate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The support ladder of a help question, for whoever may read its family. Each step is its own collaborator with one
 * query: {@link NetworkSupport} (seam for the network feature), {@link CommunitySupport} and
 * {@link ProfessionalSupport} (seam for the matching feature's tier ranking).
 */
@Service
// Family data is for coaches and professionals only, never for the municipality or an administrator.
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
class LadderService {

    private final LadderRepository repository;
    private final NetworkSupport network;
    private final CommunitySupport community;
    private final ProfessionalSupport professionals;
    private final FamilyGate gate;
    private final NeedsService needs;

    LadderService(LadderRepository repository, NetworkSupport network, CommunitySupport community,
                  ProfessionalSupport professionals, FamilyGate gate, NeedsService needs) {
        this.needs = needs;
        this.repository = repository;
        this.network = network;
        this.community = community;
        this.professionals = professionals;
        this.gate = gate;
    }

    /** @throws NotFoundException when the question is unknown or its family not the user's to see */
    @Transactional(readOnly = true)
    SupportOptions supportOptions(String helpQuestionId) {
        var id = Ids.require("helpQuestionId", helpQuestionId);
        var question = repository.question(id).orElseThrow(() -> new NotFoundException("helpQuestionId", "help question"));
        if (!gate.read(AuditAction.READ, question.familyId(), "SupportOptions", id)) {
            throw new NotFoundException("helpQuestionId", "help question");
        }
        // read once: every step scores on the same needs
        var questionNeeds = needs.questionNeeds(id);
        var ranked = professionals.options(question, questionNeeds);
        return new SupportOptions(id, network.options(question, questionNeeds),
                community.options(question, repository.domainNames(), questionNeeds),
                ranked.get(Professional.Tier.FIRST_LINE), ranked.get(Professional.Tier.SPECIALIST));
    }
}
