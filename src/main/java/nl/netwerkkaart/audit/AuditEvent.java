package nl.netwerkkaart.audit;

import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** One NEN 7513 audit event as stored; {@code sequence} is null until the event is sealed into the chain. */
public record AuditEvent(String id, AuditAction eventAction, ZonedDateTime eventDateTime, AuditOutcome outcome,
                         String userId, String roleCode, PurposeOfUse purposeOfUse, String onBehalfOf,
                         String networkAccessPoint, String auditSourceId, String familyId, List<String> personIds,
                         List<String> objectTypes, List<String> objectIds, String detail, Long sequence) {

    static AuditEvent from(Row row) {
        var sequence = (Number) row.values().get("sequence");
        return new AuditEvent(row.string("id"), AuditAction.valueOf(row.string("eventAction")),
                row.dateTime("eventDateTime"), AuditOutcome.valueOf(row.string("outcome")), row.string("userId"),
                row.string("roleCode"), PurposeOfUse.valueOf(row.string("purposeOfUse")), row.string("onBehalfOf"),
                row.string("networkAccessPoint"), row.string("auditSourceId"), row.string("familyId"),
                row.strings("personIds"), row.strings("objectTypes"), row.strings("objectIds"), row.string("detail"),
                sequence == null ? null : sequence.longValue());
    }
}
