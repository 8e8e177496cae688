package nl.netwerkkaart.audit;

/** How the attempt ended (NEN 7513 EventOutcomeIndicator). */
public enum AuditOutcome {
    SUCCESS,
    /** Refused by an access rule. */
    DENIED,
    /** Allowed but failed, e.g. on invalid input. */
    FAILURE
}
