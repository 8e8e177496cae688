package nl.netwerkkaart.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.directory.ExpertiseTaxonomyChanged;
import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Fixtures for the matching tests. Every test works in a municipality of its own, so the ranking and the minimal
 * team, which look at every professional serving the family's municipality, see only the test's own professionals.
 */
abstract class MatchingTestSupport extends FamilyTestSupport {

    @Autowired
    protected ApplicationEventPublisher events;

    protected String municipality;
    protected String kern;

    @BeforeEach
    void ownMunicipality() {
        municipality = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: $name, kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})
                        RETURN m.id""")
                .bind("Gemeente " + tag()).to("name").fetchAs(String.class).one().orElseThrow();
        kern = kern("Kern " + tag());
        graphQl = as(Role.COACH, municipality, coach);
    }

    protected String kern(String name) {
        return neo4j.query("""
                        MATCH (m:Area {id: $municipality})
                        CREATE (k:Area {id: randomUUID(), name: $name, kind: 'KERN', createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(m)
                        RETURN k.id""")
                .bind(municipality).to("municipality").bind(name).to("name")
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A family of the signed-in coach in the test's kern. */
    protected String family(String name) {
        return createFamily(name + " " + tag(), kern, coach);
    }

    protected HashMap<String, Object> member(String familyId, String givenName, List<String> languages) {
        return new HashMap<>(Map.of("familyId", familyId, "givenName", givenName, "role", "PARENT", "authority", true,
                "languages", languages));
    }

    /** An expertise in the given life domains, narrower than {@code broaderId} when that is not null. */
    protected String expertise(String name, List<String> lifeDomains, String broaderId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("name", name + " " + tag());
        parameters.put("domains", lifeDomains);
        parameters.put("broader", broaderId);
        var id = neo4j.query("""
                        CREATE (e:Expertise {id: randomUUID(), name: $name, description: 'Testexpertise',
                                             createdAt: datetime(), updatedAt: datetime()})
                        WITH e
                        CALL (e) { UNWIND $domains AS code MATCH (l:LifeDomain {code: code}) CREATE (e)-[:IN_DOMAIN]->(l) }
                        CALL (e) { MATCH (b:Expertise {id: $broader}) CREATE (e)-[:BROADER]->(b) }
                        RETURN e.id""")
                .bindAll(parameters).fetchAs(String.class).one().orElseThrow();
        // written with Cypher, not through ExpertiseService: tell the needs analysis as the service does
        events.publishEvent(new ExpertiseTaxonomyChanged(id));
        return id;
    }

    /** A professional serving {@code areaId}, with Dutch as their language. */
    protected String professional(String name, String tier, int capacity, List<String> expertiseIds, String areaId) {
        return professional(name, tier, capacity, true, List.of("nl"), expertiseIds, areaId);
    }

    protected String professional(String name, String tier, int capacity, boolean accepting, List<String> languages,
                                  List<String> expertiseIds, String areaId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("name", name);
        parameters.put("tier", tier);
        parameters.put("capacity", capacity);
        parameters.put("accepting", accepting);
        parameters.put("languages", languages);
        parameters.put("expertises", expertiseIds);
        parameters.put("area", areaId);
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Hulpverlener', tier: $tier,
                                                capacity: $capacity, acceptingClients: $accepting, languages: $languages,
                                                coach: false, createdAt: datetime(), updatedAt: datetime()})
                        WITH p
                        CALL (p) { UNWIND $expertises AS expertiseId MATCH (e:Expertise {id: expertiseId})
                                   CREATE (p)-[:HAS_EXPERTISE {level: 'EXPERIENCED'}]->(e) }
                        CALL (p) { MATCH (a:Area {id: $area}) CREATE (p)-[:SERVES]->(a) }
                        RETURN p.id""")
                .bindAll(parameters).fetchAs(String.class).one().orElseThrow();
    }

    protected int capacity(String professionalId) {
        return neo4j.query("MATCH (p:Professional {id: $id}) RETURN p.capacity")
                .bind(professionalId).to("id").fetchAs(Long.class).one().orElseThrow().intValue();
    }

    protected String propose(String questionId, String helperId) {
        return graphQl.documentName("proposeMatch")
                .variable("input", Map.of("helpQuestionId", questionId, "helperId", helperId))
                .execute()
                .path("proposeMatch.userErrors").entityList(Object.class).hasSize(0)
                .path("proposeMatch.match.id").entity(String.class).get();
    }

    protected void step(String operation, Map<String, Object> input) {
        graphQl.documentName(operation).variable("input", input).execute()
                .path(operation + ".userErrors").entityList(Object.class).hasSize(0);
    }

    protected void confirm(String matchId) {
        step("confirmMatch", Map.of("id", matchId));
    }

    protected void close(String matchId, String outcome) {
        step("closeMatch", Map.of("id", matchId, "outcome", outcome));
    }
}
