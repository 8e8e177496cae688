package nl.netwerkkaart.audit;

/** What was done with client data (NEN 7513 EventActionCode). */
public enum AuditAction {
    CREATE, READ, UPDATE, DELETE, SEARCH, EXPORT,
    /** Removal of a client's data at the end of its retention period or on request; the events about it remain. */
    ERASE,
    PRINT
}
