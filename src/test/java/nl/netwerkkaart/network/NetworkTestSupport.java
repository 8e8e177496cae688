package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.family.FamilyTestSupport;

/** Fixtures of the network tests: persons and ties made through the network mutations as the family's coach. */
abstract class NetworkTestSupport extends FamilyTestSupport {

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Amsterdam"));
    }

    static String daysAgo(int days) {
        return today().minusDays(days).toString();
    }

    /** A network person of the family living in {@code areaId} (may be null), in the network from {@code validFrom}. */
    String person(String familyId, String givenName, String areaId, String validFrom) {
        var input = new HashMap<String, Object>(Map.of("familyId", familyId, "givenName", givenName));
        if (areaId != null) {
            input.put("areaId", areaId);
        }
        if (validFrom != null) {
            input.put("validFrom", validFrom);
        }
        return graphQl.documentName("addNetworkPerson").variable("input", input).execute()
                .path("addNetworkPerson.userErrors").entityList(Object.class).hasSize(0)
                .path("addNetworkPerson.person.id").entity(String.class).get();
    }

    String person(String familyId, String givenName) {
        return person(familyId, givenName, null, null);
    }

    /** A support entry: type and direction seen from the tie's from person. */
    static Map<String, Object> support(String type, String direction) {
        return Map.of("type", type, "direction", direction);
    }

    /** A tie with the given attributes; {@code extra} adds or overrides input fields (quality, frequency, validFrom...). */
    String tie(String familyId, String from, String to, String kind, int ring, List<Map<String, Object>> support,
               Map<String, Object> extra) {
        var input = new HashMap<String, Object>(Map.of("familyId", familyId, "fromPersonId", from, "toPersonId", to,
                "kind", kind, "ring", ring, "support", support));
        input.putAll(extra);
        return graphQl.documentName("addNetworkTie").variable("input", input).execute()
                .path("addNetworkTie.userErrors").entityList(Object.class).hasSize(0)
                .path("addNetworkTie.tie.id").entity(String.class).get();
    }

    String tie(String familyId, String from, String to, String kind, int ring) {
        return tie(familyId, from, to, kind, ring, List.of(), Map.of());
    }

    /** Number of audit events of the family with this action, object type and outcome. */
    long auditEvents(String familyId, String action, String objectType, String outcome) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $familyId})
                        WHERE e.eventAction = $action AND $objectType IN e.objectTypes AND e.outcome = $outcome
                        RETURN count(e)""")
                .bindAll(Map.of("familyId", familyId, "action", action, "objectType", objectType, "outcome", outcome))
                .fetchAs(Long.class).one().orElseThrow();
    }
}
