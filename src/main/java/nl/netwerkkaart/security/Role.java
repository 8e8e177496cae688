package nl.netwerkkaart.security;

/** What a user may do; record-level rules per role live with the data they guard. */
public enum Role {
    /** Gezinscoach: reads and writes the families they coach; reads the directory. */
    COACH,
    /** Beroepskracht: reads the directory; reads a family only through a tent session or match. */
    PROFESSIONAL,
    /** The municipality: aggregates and community resources, never a family. */
    MUNICIPALITY,
    /** Manages the directory and accounts; no family data. */
    ADMIN;

    String authority() {
        return "ROLE_" + name();
    }
}
