package nl.netwerkkaart.network;

/** How often two persons are in contact; stored as these names. */
public enum ContactFrequency {
    DAILY, WEEKLY, MONTHLY, FEW_TIMES_A_YEAR, RARELY;

    boolean atLeastWeekly() {
        return this == DAILY || this == WEEKLY;
    }
}
