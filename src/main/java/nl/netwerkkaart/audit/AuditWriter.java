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
 * ({@code eventMac}, see {@link AuditHash#eventForm}) is computed here, on the request's thread, before the event is
 * written, so an event that is changed or forged in the database before it is sealed fails the sealer's check; keying
 * needs no shared lock, so appends still never wait for each other. A change's events are written in its write
 * transaction; a read's and a refusal's are committed by {@link AuditGroupCommit}.
 */
@Component
class AuditWriter {

    /** The access point of work that no HTTP request started, such as scheduled jobs. */
    static final String INTERNAL = "internal";

    private final AuditRepository events;
    private final CurrentUser currentUser;
    private final AuditKeyRing keys;
    private final CommittedEvents committed;
    private final AuditGroupCommit groupCommit;
    private final String sourceId;

    AuditWriter(AuditRepository events, CurrentUser currentUser, AuditKeyRing keys, CommittedEvents committed,
                AuditGroupCommit groupCommit, AuditProperties properties) {
        this.events = events;
        this.currentUser = currentUser;
        this.keys = keys;
        this.committed = committed;
        this.groupCommit = groupCommit;
        this.sourceId = properties.sourceId();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String append(AuditRecord record) {
        var ids = appendAll(List.of(record));
        return ids.isEmpty() ? null : ids.get(0);
    }

    /**
     * Appends several events, e.g. one per family on a page of search results. In a write transaction they are
     * written in it, so the change and its events commit together. In a read transaction they go to the group
     * commit, and the transaction waits for them before it commits, so the read's result is only returned once its
     * events are committed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    List<String> appendAll(List<AuditRecord> records) {
        if (records.isEmpty() || UnauditedWarmUp.active()) {
            return List.of();
        }
        var written = events(records);
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            var done = groupCommit.submit(written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    AuditGroupCommit.await(done);
                }
            });
        }
        else {
            events.append(written);
            watchOnceCommitted(written);
        }
        return ids(written);
    }

    /**
     * The event of a change for the change's own statement to write ({@link AuditedChange}), in the caller's write
     * transaction; once that commits, its id is watched as {@link #appendAll}'s are. The statement writes it or fails,
     * so no id is watched that was never written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    AuditedChange forStatement(AuditRecord record) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("A change's audit event is written in the change's own write transaction");
        }
        if (UnauditedWarmUp.active()) {
            return AuditedChange.of(List.of());
        }
        var written = events(List.of(record));
        watchOnceCommitted(written);
        return AuditedChange.of(written);
    }

    /** Once the caller's transaction commits, the events' ids are watched for sealing. */
    private void watchOnceCommitted(List<Map<String, Object>> written) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.committed(ids(written));
            }
        });
    }

    /** Appends a refusal, committed before this returns whatever the caller's transaction does later. */
    String appendDenied(AuditRecord record) {
        if (UnauditedWarmUp.active()) {
            return null;
        }
        var written = events(List.of(record.denied()));
        AuditGroupCommit.await(groupCommit.submit(written));
        return ids(written).get(0);
    }

    private List<Map<String, Object>> events(List<AuditRecord> records) {
        var key = keys.current();
        return records.stream().map(record -> event(record, key)).toList();
    }

    private static List<String> ids(List<Map<String, Object>> written) {
        return written.stream().map(event -> (String) event.get("id")).toList();
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
