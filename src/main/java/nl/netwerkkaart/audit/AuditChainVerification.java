package nl.netwerkkaart.audit;

/**
 * The result of walking the audit chain.
 *
 * @param valid               whether every event links to its predecessor and still has the hash it was sealed with
 * @param checkedEvents       how many events were checked before the walk ended
 * @param firstBrokenSequence sequence number where the chain breaks; null when valid or when no sequence applies
 * @param firstBrokenEventId  id of the event that fails; null when valid or when the event is missing
 * @param reason              what is wrong; null when valid
 */
public record AuditChainVerification(boolean valid, int checkedEvents, Long firstBrokenSequence,
                                     String firstBrokenEventId, String reason) {

    static AuditChainVerification intact(int checkedEvents) {
        return new AuditChainVerification(true, checkedEvents, null, null, null);
    }

    static AuditChainVerification broken(int checkedEvents, Long sequence, String eventId, String reason) {
        return new AuditChainVerification(false, checkedEvents, sequence, eventId, reason);
    }
}
