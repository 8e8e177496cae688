package nl.netwerkkaart.audit;

/**
 * The result of checking the audit chain against its keys and this instance's checkpoints.
 *
 * @param valid               whether every check passed
 * @param checkedEvents       how many events were found intact before the check ended
 * @param checkedCheckpoints  how many checkpoints matched the chain before the check ended
 * @param firstKeyedSequence  sequence of the first keyed (version 2) event; the events before it were sealed unkeyed,
 *                            before keys were introduced; null when no event is keyed
 * @param firstBrokenSequence sequence number where the chain breaks; null when valid or when no sequence applies
 * @param firstBrokenEventId  id of the event that fails; null when valid or when the event is missing
 * @param failedCheck         which check failed; null when valid
 * @param reason              what is wrong; null when valid
 */
public record AuditChainVerification(boolean valid, int checkedEvents, int checkedCheckpoints, Long firstKeyedSequence,
                                     Long firstBrokenSequence, String firstBrokenEventId, AuditCheck failedCheck,
                                     String reason) {
}
