package nl.netwerkkaart.audit;

/** Why the data was used (NEN 7513 PurposeOfUse). */
public enum PurposeOfUse {
    /** Helping the family: the coach's or a professional's daily work. */
    CARE,
    /** Preparing or holding a tent session. */
    CASE_CONFERENCE,
    /** Passing the case to another professional. */
    HANDOVER,
    /** Registration and upkeep that is not help itself. */
    ADMINISTRATION,
    /** Checking who did what: reading or verifying the audit trail. */
    ACCOUNTABILITY
}
