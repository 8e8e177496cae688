package nl.netwerkkaart.privacy;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Everything stored about one family, for its right of access and data portability.
 *
 * @param document plain JSON values only (maps with sorted keys, lists, strings, numbers, booleans), so the GraphQL
 *                 field and the file download write the same text
 */
record FamilyExport(String familyId, OffsetDateTime exportedAt, Map<String, Object> document) {
}
