package nl.netwerkkaart.audit;

import java.util.List;
import java.util.Map;

/**
 * The audit event of a change, for the change's own statement to write: the change and its event are then one
 * statement, one round trip to the database, in the change's transaction, so they commit together or not at all as
 * before. {@link #cypher()} writes the event; the statement places it where exactly one row passes (after its writes),
 * and binds {@link #parameters()} with its own. On the start-up warm-up's threads it writes nothing, as
 * {@link AuditService#record} does there.
 *
 * @param cypher     the clause that writes the event, with {@code $auditEvents} as its only parameter
 * @param parameters {@code auditEvents}: the event, complete with who, when and its MAC, or nothing
 */
public record AuditedChange(String cypher, Map<String, Object> parameters) {

    static final String CYPHER = "FOREACH (auditEvent IN $auditEvents | CREATE (audit:" + AuditRepository.NEW_EVENT
            + ") SET audit = auditEvent)";

    static AuditedChange of(List<Map<String, Object>> events) {
        return new AuditedChange(CYPHER, Map.of("auditEvents", events));
    }
}
