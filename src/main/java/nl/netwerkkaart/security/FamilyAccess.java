package nl.netwerkkaart.security;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Which families the signed-in user may see and change. A family is only ever visible within the user's own
 * municipality; then a coach sees the families they coach, and a professional sees a family while taking part in a
 * tent session about it (from when it is scheduled until {@code netwerkkaart.access.tent-days} after it) and only
 * while the family's consent covers sharing with the tent (and still meets the age rules for its children today, see
 * {@link ConsentCoverage}), or while an active match (CONFIRMED or STARTED) of one of
 * its help questions has them as the helper. Only the coach changes a family. Nobody else sees any.
 * Callers treat a family the user may not see exactly like an unknown one, so ids cannot be probed.
 */
@Component
public class FamilyAccess {

    // One predicate for every check, so reading one family and listing families can never disagree. The consent
    // condition is a constant Cypher fragment shared with the consent feature, not a value: values stay parameters.
    private static final String READABLE = """
            UNWIND $familyIds AS familyId
            MATCH (f:Family {id: familyId})
            WHERE EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) }
              // CASE keeps each role's routes apart, so the planner need not combine every EXISTS with every other
              AND CASE $role
                WHEN 'COACH' THEN EXISTS { (f)-[:COACHED_BY]->(:Professional {id: $professionalId}) }
                WHEN 'PROFESSIONAL' THEN $write = false
                  AND ((EXISTS {
                          MATCH (f)<-[:FOR_FAMILY]-(t:TentSession)<-[r:PARTICIPATES_IN]-(:Professional {id: $professionalId})
                          WHERE r.status IN ['INVITED', 'ACCEPTED', 'ATTENDED'] AND t.status <> 'CANCELLED'
                            AND date() <= t.date + duration({days: $tentDays}) }
                        AND EXISTS {
                          MATCH (f)-[:HAS_CONSENT]->(c:Consent)
                          WHERE 'SHARE_WITH_TENT' IN c.scopes AND c.revokedAt IS NULL
                            AND (c.validUntil IS NULL OR c.validUntil >= date())
                            AND %s })
                    // the helper of an active match works with the family, with or without a tent
                    OR EXISTS {
                          MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(p:Professional)
                          WHERE p.id = $professionalId AND m.status IN ['CONFIRMED', 'STARTED'] })
                ELSE false
              END
            RETURN collect(f.id) AS ids""".formatted(ConsentCoverage.AGE_RULES_MET);

    // Every family a professional could read, by either route; READABLE then keeps those they may read now.
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

    FamilyAccess(Neo4jClient neo4j, CurrentUser currentUser, AccessProperties properties) {
        this.neo4j = neo4j;
        this.currentUser = currentUser;
        this.properties = properties;
    }

    /**
     * What a list of families is limited to: the coach's own families, or an explicit set of family ids.
     *
     * @param coachId   only families COACHED_BY this professional; null when {@code familyIds} applies
     * @param familyIds only these families; null when {@code coachId} applies
     * @param municipalityId only families living in this municipality
     */
    public record Scope(String coachId, List<String> familyIds, String municipalityId) {
    }

    public Scope scope() {
        var user = currentUser.get();
        if (user.role() == Role.COACH && user.professionalId() != null) {
            return new Scope(user.professionalId(), null, user.municipalityId());
        }
        if (user.role() == Role.PROFESSIONAL && user.professionalId() != null) {
            var candidates = ids(neo4j.query(PROFESSIONAL_FAMILIES).bind(user.professionalId()).to("professionalId").fetch().one());
            return new Scope(null, List.copyOf(filter(candidates, false)), user.municipalityId());
        }
        return new Scope(null, List.of(), user.municipalityId());
    }

    public boolean mayRead(String familyId) {
        return !filter(List.of(familyId), false).isEmpty();
    }

    public boolean mayWrite(String familyId) {
        return !filter(List.of(familyId), true).isEmpty();
    }

    /** Those of {@code familyIds} the user may read, in one check; for lists and nested fields. */
    public Set<String> readable(Collection<String> familyIds) {
        return filter(familyIds, false);
    }

    /** The user's own professional id: the only coach a coach may register a new family under. */
    public String ownProfessionalId() {
        return currentUser.get().professionalId();
    }

    /** Whether the area lies in the user's municipality, so a family living there would be theirs to see. */
    public boolean inOwnMunicipality(String areaId) {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null) {
            return false;
        }
        return neo4j.query("RETURN EXISTS { (:Area {id: $areaId})-[:PART_OF*0..3]->(:Area {id: $municipalityId}) } AS inside")
                .bindAll(Map.of("areaId", areaId, "municipalityId", municipalityId))
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /**
     * Whether the family lives in the user's municipality, the boundary no role crosses; for rules that do not ask
     * whether the user may read the family, such as answering an invitation to its tent session.
     */
    public boolean livesInOwnMunicipality(String familyId) {
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

    private Set<String> filter(Collection<String> familyIds, boolean write) {
        var user = currentUser.get();
        if (user.professionalId() == null || user.municipalityId() == null || familyIds.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(ids(neo4j.query(READABLE)
                .bindAll(Map.of("familyIds", familyIds, "municipalityId", user.municipalityId(), "role", user.role().name(),
                        "professionalId", user.professionalId(), "write", write, "tentDays", properties.tentDays(),
                        "turnedTwelveBy", ConsentCoverage.turnedTwelveBy()))
                .fetch().one()));
    }

    @SuppressWarnings("unchecked")
    private static List<String> ids(Optional<Map<String, Object>> row) {
        return row.map(r -> (List<String>) r.get("ids")).orElse(List.of());
    }
}
