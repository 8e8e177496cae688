package nl.netwerkkaart.family;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.BeforeEach;

/**
 * Fixtures shared by the family, help question and tent session tests. Areas, professionals and tent sessions
 * belong to other features, so they are made with Cypher; everything of this feature goes through the API.
 */
public abstract class FamilyTestSupport extends GraphQlTestSupport {

    /** The coach these tests are signed in as; families made by {@link #createFamily(String)} are theirs. */
    protected String coach;

    @BeforeEach
    void signInAsCoach() {
        coach = professional("Coach " + tag(), true);
        graphQl = as(Role.COACH, coach);
    }

    /** A short random tag that keeps fixture names unique in the shared database. */
    protected static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new area; a kern is made part of the demo municipality, where the signed-in users work. */
    protected String area(String name, String kind) {
        return neo4j.query("""
                        CREATE (a:Area {id: randomUUID(), name: $name, kind: $kind, createdAt: datetime(), updatedAt: datetime()})
                        WITH a
                        OPTIONAL MATCH (m:Area {id: $municipality}) WHERE $kind = 'KERN'
                        FOREACH (_ IN CASE WHEN m IS NULL THEN [] ELSE [1] END | CREATE (a)-[:PART_OF]->(m))
                        RETURN a.id""")
                .bind(name).to("name").bind(kind).to("kind").bind(DEMO_MUNICIPALITY).to("municipality")
                .fetchAs(String.class).one().orElseThrow();
    }

    protected String wijkOf(String name, String kernId) {
        return neo4j.query("""
                        MATCH (k:Area {id: $kern})
                        CREATE (a:Area {id: randomUUID(), name: $name, kind: 'WIJK', createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(k)
                        RETURN a.id""")
                .bind(name).to("name").bind(kernId).to("kern")
                .fetchAs(String.class).one().orElseThrow();
    }

    protected String professional(String name, boolean coach) {
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Gezinscoach', coach: $coach,
                                                email: 'coach@voorbeeld.example.org', phone: '077-0009999',
                                                createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .bind(name).to("name").bind(coach).to("coach")
                .fetchAs(String.class).one().orElseThrow();
    }

    protected String createFamily(String name, String areaId, String coachId) {
        return graphQl.documentName("createFamily")
                .variable("input", Map.of("name", name, "areaId", areaId, "coachId", coachId))
                .execute()
                .path("createFamily.userErrors").entityList(Object.class).hasSize(0)
                .path("createFamily.family.id").entity(String.class).get();
    }

    /** A family of the signed-in coach in a fresh kern. */
    protected String createFamily(String name) {
        return createFamily(name, area("Kern " + tag(), "KERN"), coach);
    }

    protected String addMember(String familyId, String givenName, String role, boolean authority) {
        var input = new HashMap<String, Object>(Map.of("familyId", familyId, "givenName", givenName, "role", role, "authority", authority));
        return addMember(input);
    }

    protected String addMember(Map<String, Object> input) {
        return graphQl.documentName("addFamilyMember")
                .variable("input", input)
                .execute()
                .path("addFamilyMember.userErrors").entityList(Object.class).hasSize(0)
                .path("addFamilyMember.member.person.id").entity(String.class).get();
    }

    protected String createQuestion(String familyId, String text, List<String> lifeDomains) {
        return graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", familyId, "text", text, "lifeDomains", lifeDomains))
                .execute()
                .path("createHelpQuestion.userErrors").entityList(Object.class).hasSize(0)
                .path("createHelpQuestion.helpQuestion.id").entity(String.class).get();
    }

    /** A tent session for the family, directed by its coach, discussing the given questions. */
    protected String tentSession(String familyId, String date, List<String> questionIds) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})-[:COACHED_BY]->(c:Professional)
                        CREATE (t:TentSession {id: randomUUID(), date: date($date), status: 'PLANNED',
                                               location: 'Huis van de Wijk', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (t)-[:FOR_FAMILY]->(f)
                        CREATE (t)-[:DIRECTED_BY]->(c)
                        WITH t
                        CALL (t) {
                          UNWIND $questions AS questionId
                          MATCH (h:HelpQuestion {id: questionId})
                          CREATE (t)-[:DISCUSSES]->(h)
                        }
                        RETURN t.id""")
                .bind(familyId).to("familyId").bind(date).to("date").bind(questionIds).to("questions")
                .fetchAs(String.class).one().orElseThrow();
    }
}
