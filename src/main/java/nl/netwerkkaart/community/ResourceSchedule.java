package nl.netwerkkaart.community;

/** When a community resource is open (HSDS schedule: an RFC 5545 recurrence with opening hours). */
public record ResourceSchedule(String freq, Integer interval, String byday, String bymonthday, String opensAt,
                               String closesAt, String validFrom, String validTo, String description) {
}
