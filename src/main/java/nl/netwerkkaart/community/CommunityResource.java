package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/**
 * A local service or initiative families can turn to (sociale kaart). The HSDS fields come from an Open Referral
 * import; schedules, contacts, cost options and taxonomy terms are stored as JSON text, since they belong to this
 * resource alone and are only ever read whole. {@code hsdsFlags} name what an import accepted as it came but does not
 * fit the municipality, for someone to check.
 */
public record CommunityResource(String id, String name, String description, ResourceKind kind, ResourceStatus status,
                                Integer minimumAge, Integer maximumAge, List<String> languages, boolean free,
                                String costDescription, String eligibilityDescription, String email, String phone,
                                String website, Integer capacity, LocalDate lastVerifiedAt, boolean stale,
                                ZonedDateTime createdAt, ZonedDateTime updatedAt,
                                String hsdsId, String locationName, String address, Double latitude, Double longitude,
                                String schedulesJson, String contactsJson, String costOptionsJson, String taxonomyTermsJson,
                                List<String> hsdsFlags) {

    public enum ResourceKind { VOLUNTEER_SUPPORT, CLUB, FACILITY, GROUP, FUND, SERVICE }

    public enum ResourceStatus { ACTIVE, INACTIVE, DEFUNCT, TEMPORARILY_CLOSED }

    /** @param staleBefore details last verified before this day (or never) count as stale */
    public static CommunityResource from(Row row, LocalDate staleBefore) {
        var lastVerifiedAt = row.date("lastVerifiedAt");
        var stale = lastVerifiedAt == null || lastVerifiedAt.isBefore(staleBefore);
        return new CommunityResource(row.string("id"), row.string("name"), row.string("description"),
                ResourceKind.valueOf(row.string("kind")), ResourceStatus.valueOf(row.string("status")),
                row.integer("minimumAge"), row.integer("maximumAge"), row.strings("languages"), row.bool("free"),
                row.string("costDescription"), row.string("eligibilityDescription"), row.string("email"),
                row.string("phone"), row.string("website"), row.integer("capacity"), lastVerifiedAt, stale,
                row.dateTime("createdAt"), row.dateTime("updatedAt"),
                row.string("hsdsId"), row.string("locationName"), row.string("address"), row.decimal("latitude"),
                row.decimal("longitude"), row.string("schedules"), row.string("contacts"), row.string("costOptions"),
                row.string("taxonomyTerms"), row.strings("hsdsFlags"));
    }
}
