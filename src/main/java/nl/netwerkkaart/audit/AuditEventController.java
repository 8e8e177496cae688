package nl.netwerkkaart.audit;

import nl.netwerkkaart.api.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Read-only: no mutation touches audit events. */
@Controller
class AuditEventController {

    private final AuditService service;
    private final AuditTrailService trails;

    AuditEventController(AuditService service, AuditTrailService trails) {
        this.service = service;
        this.trails = trails;
    }

    @QueryMapping
    Connection<AuditEvent> auditTrail(@Argument String familyId, @Argument Integer first, @Argument String after) {
        return trails.auditTrail(familyId, AuditTrailPage.of(first, after));
    }

    @QueryMapping
    AuditChainVerification verifyAuditChain() {
        return service.verifyAuditChain();
    }
}
