package nl.netwerkkaart.consent;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** A family's consent for some scopes; never edited, only revoked. {@code familyId} is the family that HAS_CONSENT. */
public record Consent(String id, List<ConsentScope> scopes, ZonedDateTime givenAt, LocalDate validUntil,
                      ZonedDateTime revokedAt, String revocationReason, String note, String familyId,
                      ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    static Consent from(Row row) {
        return new Consent(row.string("id"), row.strings("scopes").stream().map(ConsentScope::valueOf).toList(),
                row.dateTime("givenAt"), row.date("validUntil"), row.dateTime("revokedAt"),
                row.string("revocationReason"), row.string("note"), row.string("familyId"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }

    /**
     * Not revoked nor expired on {@code today} (the GraphQL field {@code active}), as
     * {@link nl.netwerkkaart.access.ConsentCoverage#CURRENT} says in Cypher, which for the sharing scopes also asks
     * that every child of 12 or older gave it.
     */
    public boolean activeOn(LocalDate today) {
        return revokedAt == null && (validUntil == null || !validUntil.isBefore(today));
    }
}
