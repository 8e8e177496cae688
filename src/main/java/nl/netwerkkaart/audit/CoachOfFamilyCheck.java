package nl.netwerkkaart.audit;

import java.util.Map;

import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/** Admits the professional the family is {@code COACHED_BY}. */
@Component
class CoachOfFamilyCheck implements FamilyAccessCheck {

    private final Neo4jClient neo4j;
    private final CurrentUser currentUser;

    CoachOfFamilyCheck(Neo4jClient neo4j, CurrentUser currentUser) {
        this.neo4j = neo4j;
        this.currentUser = currentUser;
    }

    @Override
    public void requireCoachOf(String familyId) {
        var professionalId = currentUser.get().professionalId();
        boolean coach = professionalId != null && neo4j.query("""
                        RETURN EXISTS { MATCH (:Family {id: $familyId})-[:COACHED_BY]->(:Professional {id: $professionalId}) } AS coach""")
                .bindAll(Map.of("familyId", familyId, "professionalId", professionalId))
                .fetchAs(Boolean.class).one().orElse(false);
        if (!coach) {
            throw new NotFoundException("familyId", "family");
        }
    }
}
