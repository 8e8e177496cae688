package nl.netwerkkaart.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Completes an {@link AuditRecord} with who, when, where from and an id, keys it and appends it. The write-time MAC
 * ({@code eventMac}, see {@link AuditHash#eventForm}) is computed here, in the transaction that writes the event, so an
 * event that is changed or forged in the database before it is sealed fails the sealer's check; keying needs no
 * shared lock, so appends still never wait for each other.
 */
@Component
class AuditWriter {

    /** The access point of work that no HTTP request started, such as scheduled jobs. */
    static final String INTERNAL = "internal";

    private final AuditRepository events;
    private final CurrentUser currentUser;
    private final AuditKeyRing keys;
    private final CommittedEvents committed;
    private final String sourceId;

    AuditWriter(AuditRepository events, CurrentUser currentUser, AuditKeyRing keys, CommittedEvents committed,
                AuditProperties properties) {
        this.events = events;
        this.currentUser = currentUser;
        this.keys = keys;
        this.committed = committed;
        this.sourceId = properties.sourceId();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String append(AuditRecord record) {
        return appendAll(List.of(record)).get(0);
    }

    /** Appends several events with one statement, e.g. one per family on a page of search results. */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> appendAll(List<AuditRecord> records) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // a read-only transaction would refuse the write only at the database, with a less helpful message
            throw new IllegalStateException("Audited access needs a read-write transaction: the audit event is "
                    + "written in it");
        }
        return write(records);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    String appendDenied(AuditRecord record) {
        return write(List.of(record.denied())).get(0);
    }

    private List<String> write(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return List.of();
        }
        var key = keys.current();
        var written = records.stream().map(record -> event(record, key)).toList();
        events.append(written);
        var ids = written.stream().map(event -> (String) event.get("id")).toList();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.committed(ids);
            }
        });
        return ids;
    }

    private Map<String, Object> event(AuditRecord record, AuditKeyRing.Key key) {
        var user = currentUser.get();
        var id = Ids.newId();
        var event = new HashMap<String, Object>();
        event.put("id", id);
        event.put("eventAction", record.action().name());
        event.put("eventDateTime", ZonedDateTime.now(ZoneOffset.UTC));
        event.put("outcome", record.outcome().name());
        event.put("userId", user.userId());
        event.put("roleCode", user.role().name());
        event.put("purposeOfUse", record.purposeOfUse().name());
        event.put("onBehalfOf", record.onBehalfOf());
        event.put("networkAccessPoint", networkAccessPoint());
        event.put("auditSourceId", sourceId);
        event.put("familyId", record.familyId() == null ? null : record.familyId().toLowerCase());
        event.put("personIds", record.personIds());
        event.put("objectTypes", record.objectTypes());
        event.put("objectIds", record.objectIds());
        event.put("detail", record.detail());
        event.put("keyId", key.id());
        event.put("eventMac", key.mac(AuditHash.eventForm(new Row(event))));
        return event;
    }

    private static String networkAccessPoint() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getRemoteAddr()
                : INTERNAL;
    }
}
