package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** A local service or initiative families can turn to (sociale kaart). */
public record CommunityResource(String id, String name, String description, ResourceKind kind, ResourceStatus status,
                                Integer minimumAge, Integer maximumAge, List<String> languages, boolean free,
                                String costDescription, String eligibilityDescription, String email, String phone,
                                String website, Integer capacity, LocalDate lastVerifiedAt, boolean stale,
                                ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    /** Details not verified for this long may be out of date. */
    static final int STALE_AFTER_MONTHS = 12;

    public enum ResourceKind { VOLUNTEER_SUPPORT, CLUB, FACILITY, GROUP, FUND, SERVICE }

    public enum ResourceStatus { ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED }

    public static CommunityResource from(Row row) {
        var lastVerifiedAt = row.date("lastVerifiedAt");
        var stale = lastVerifiedAt == null || lastVerifiedAt.isBefore(LocalDate.now().minusMonths(STALE_AFTER_MONTHS));
        return new CommunityResource(row.string("id"), row.string("name"), row.string("description"),
                ResourceKind.valueOf(row.string("kind")), ResourceStatus.valueOf(row.string("status")),
                row.integer("minimumAge"), row.integer("maximumAge"), row.strings("languages"), row.bool("free"),
                row.string("costDescription"), row.string("eligibilityDescription"), row.string("email"),
                row.string("phone"), row.string("website"), row.integer("capacity"), lastVerifiedAt, stale,
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
