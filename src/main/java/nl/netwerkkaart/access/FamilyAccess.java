package nl.netwerkkaart.access;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.CurrentUser;
import nl.netwerkkaart.security.Role;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The access rule for families, asked only by {@link FamilyGate}. A family is only ever visible within the user's own
 * municipality; then a coach sees the families they coach, and a professional sees a family while taking part in a
 * tent session about it (from when it is scheduled until {@code netwerkkaart.access.tent-days} after it) and only
 * while the family's consent covers sharing with the tent (and still meets the age rules for its children today, see
 * {@link ConsentCoverage}), or while an active match (CONFIRMED or STARTED) of one of its help questions has them as
 * the helper. A professional sees the network map only when the consent also covers sharing the map. Only the coach
 * changes a family. Nobody else sees any.
 */
@Component
class FamilyAccess {

    /** What a check asks for. */
    enum Need { READ, READ_MAP, WRITE }

    /**
     * One condition on the family {@code f} for every check, so reading one family, listing families and a read
     * statement that carries the check ({@link #check}) can never disagree. Its parameters are {@link #parameters}'s.
     */
    private static final String CONDITION = """
            EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) }
              // CASE keeps each role's routes apart, so the planner need not combine every EXISTS with every other
              AND CASE $role
                WHEN 'COACH' THEN EXISTS { (f)-[:COACHED_BY]->(:Professional {id: $professionalId}) }
                WHEN 'PROFESSIONAL' THEN $need <> 'WRITE'
                  AND ((EXISTS {
                          MATCH (f)<-[:FOR_FAMILY]-(t:TentSession)<-[r:PARTICIPATES_IN]-(:Professional {id: $professionalId})
                          WHERE r.status IN ['INVITED', 'ACCEPTED', 'ATTENDED'] AND t.status <> 'CANCELLED'
                            AND $today <= t.date + duration({days: $tentDays}) }
                        AND %s)
                    // the helper of an active match works with the family, with or without a tent
                    OR EXISTS {
                          MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(p:Professional)
                          WHERE p.id = $professionalId AND m.status IN ['CONFIRMED', 'STARTED'] })
                  AND ($need <> 'READ_MAP' OR %s)
                ELSE false
              END""".formatted(ConsentCoverage.covers("SHARE_WITH_TENT"), ConsentCoverage.covers("SHARE_NETWORK_MAP"));

    private static final String PERMITTED = """
            UNWIND $familyIds AS familyId
            MATCH (f:Family {id: familyId})
            WHERE %s
            RETURN collect(f.id) AS ids""".formatted(CONDITION);

    // Every family a professional could read, by either route; PERMITTED then keeps those they may read now.
    private static final String PROFESSIONAL_FAMILIES = """
            CALL () {
              MATCH (:Professional {id: $professionalId})-[:PARTICIPATES_IN]->(:TentSession)-[:FOR_FAMILY]->(f:Family)
              RETURN f
              UNION
              MATCH (:Professional {id: $professionalId})<-[:WITH_HELPER]-(:Match)-[:FOR_QUESTION]->(:HelpQuestion)<-[:RAISED]-(f:Family)
              RETURN f
            }
            RETURN collect(DISTINCT f.id) AS ids""";

    private final Neo4jClient neo4j;
    private final CurrentUser currentUser;
    private final AccessProperties properties;
    private final Today today;

    FamilyAccess(Neo4jClient neo4j, CurrentUser currentUser, AccessProperties properties, Today today) {
        this.neo4j = neo4j;
        this.currentUser = currentUser;
        this.properties = properties;
        this.today = today;
    }

    FamilyScope scope() {
        var user = currentUser.get();
        if (user.role() == Role.COACH && user.professionalId() != null) {
            return new FamilyScope(user.professionalId(), null, user.municipalityId());
        }
        if (user.role() == Role.PROFESSIONAL && user.professionalId() != null) {
            var candidates = ids(neo4j.query(PROFESSIONAL_FAMILIES).bind(user.professionalId()).to("professionalId").fetch().one());
            return new FamilyScope(null, List.copyOf(permitted(candidates, Need.READ)), user.municipalityId());
        }
        return new FamilyScope(null, List.of(), user.municipalityId());
    }

    boolean permits(String familyId, Need need) {
        return !permitted(List.of(familyId), need).isEmpty();
    }

    /** The user's own professional id: the only coach a coach may register a new family under. */
    String ownProfessionalId() {
        return currentUser.get().professionalId();
    }

    /** Whether the area lies in the user's municipality, so a family living there would be theirs to see. */
    boolean inOwnMunicipality(String areaId) {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null) {
            return false;
        }
        return neo4j.query("RETURN EXISTS { (:Area {id: $areaId})-[:PART_OF*0..3]->(:Area {id: $municipalityId}) } AS inside")
                .bindAll(Map.of("areaId", areaId, "municipalityId", municipalityId))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /** Whether the family lives in the user's municipality, the boundary no role crosses. */
    boolean livesInOwnMunicipality(String familyId) {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null) {
            return false;
        }
        return neo4j.query("""
                        RETURN EXISTS { (:Family {id: $familyId})-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) }
                          AS inside""")
                .bindAll(Map.of("familyId", familyId, "municipalityId", municipalityId))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /** Those of {@code familyIds} the user may use for {@code need}, in one statement. */
    Set<String> permitted(Collection<String> familyIds, Need need) {
        var parameters = parameters(need);
        if (parameters.isEmpty() || familyIds.isEmpty()) {
            return Set.of();
        }
        var all = new HashMap<>(parameters.get());
        all.put("familyIds", familyIds);
        return Set.copyOf(ids(neo4j.query(PERMITTED).bindAll(all).fetch().one()));
    }

    /**
     * The rule as a condition for a read statement to carry, so the check and the read are one statement; for a user
     * who may use no family at all (no professional or municipality in their sign-in) a condition that never holds.
     */
    FamilyCheck check(Need need) {
        return parameters(need).map(parameters -> new FamilyCheck(CONDITION, parameters))
                .orElseGet(() -> new FamilyCheck("false", Map.of()));
    }

    /** The condition's parameters for the signed-in user; empty when they may use no family. */
    private Optional<Map<String, Object>> parameters(Need need) {
        var user = currentUser.get();
        if (user.professionalId() == null || user.municipalityId() == null) {
            return Optional.empty();
        }
        var date = today.date();
        return Optional.of(Map.of("municipalityId", user.municipalityId(), "role", user.role().name(),
                "professionalId", user.professionalId(), "need", need.name(), "tentDays", properties.tentDays(),
                "today", date, "turnedTwelveBy", ConsentCoverage.turnedTwelveBy(date)));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Optional<Map<String, Object>> row) {
        return row.map(r -> (List<String>) r.get("ids")).orElse(List.of());
    }
}
