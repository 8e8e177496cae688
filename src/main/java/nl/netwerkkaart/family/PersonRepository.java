package nl.netwerkkaart.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.access.ConsentCoverage;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PersonRepository {

    private final Neo4jClient neo4j;

    PersonRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The members of each family with an id in {@code familyIds}: parents first, then oldest first. */
    Map<String, List<FamilyMember>> members(Collection<String> familyIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Person)-[m:MEMBER_OF]->(:Family {id: id})
                        WITH id, p, m
                        ORDER BY CASE m.role WHEN 'PARENT' THEN 0 WHEN 'OTHER' THEN 1 ELSE 2 END,
                                 p.birthDate, p.givenName, p.id
                        RETURN id, collect({person: p {.*}, role: m.role, authority: m.authority}) AS members""")
                .bind(familyIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("members").stream().map(FamilyMember::from).toList()));
    }

    /** Ids of the families the person is MEMBER_OF; empty for an unknown person. */
    List<String> familiesOf(String id) {
        return neo4j.query("MATCH (:Person {id: $id})-[:MEMBER_OF]->(f:Family) RETURN f.id")
                .bind(id).to("id").fetchAs(String.class).all().stream().toList();
    }

    /** Creates the person as a member of the family. */
    FamilyMember add(String familyId, String personId, AddFamilyMemberInput input) {
        var parameters = personParameters(personId, input.givenName(), input.familyName(), input.birthDate(), input.languages());
        parameters.put("familyId", familyId);
        parameters.put("role", input.role().name());
        parameters.put("authority", input.hasAuthority());
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (p:Person {id: $id, givenName: $givenName, familyName: $familyName, birthDate: $birthDate,
                                          languages: $languages, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[m:MEMBER_OF {role: $role, authority: $authority}]->(f)
                        SET f.updatedAt = datetime()
                        RETURN {person: p {.*}, role: m.role, authority: m.authority} AS member""")
                .bindAll(parameters)
                .fetch().one().map(r -> FamilyMember.from(Row.of(r.get("member")))).orElseThrow();
    }

    /** Sets a member's role and authority in the family; empty when the person is not a member of it. */
    Optional<FamilyMember> updateMembership(String familyId, String personId, MemberRole role, boolean authority) {
        return neo4j.query("""
                        MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(f:Family {id: $familyId})
                        SET m.role = $role, m.authority = $authority, f.updatedAt = datetime()
                        RETURN {person: p {.*}, role: m.role, authority: m.authority} AS member""")
                .bind(familyId).to("familyId")
                .bind(personId).to("personId")
                .bind(role.name()).to("role")
                .bind(authority).to("authority")
                .fetch().one().map(r -> FamilyMember.from(Row.of(r.get("member"))));
    }

    /**
     * Write-locks the family, then the member, before a member's edit is checked (a family before anything in it, as
     * a removal locks it); returns the member's version, empty when the person is not (or no longer) a member.
     */
    Optional<Integer> lockedMemberVersion(String familyId, String personId) {
        neo4j.query("MATCH (f:Family {id: $familyId}) " + Locks.lock("f")).bind(familyId).to("familyId").run();
        return neo4j.query("MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(:Family {id: $familyId}) " + Locks.lock("p")
                        + " RETURN coalesce(p.version, 1)")
                .bind(familyId).to("familyId")
                .bind(personId).to("personId")
                .fetchAs(Integer.class).one();
    }

    /** Write-locks the person before an update's checks; returns their version, empty when there is no such person. */
    Optional<Integer> lockedVersion(String id) {
        return neo4j.query("MATCH (p:Person {id: $id}) " + Locks.lock("p") + " RETURN coalesce(p.version, 1)")
                .bind(id).to("id").fetchAs(Integer.class).one();
    }

    Person update(UpdatePersonInput input) {
        return neo4j.query("""
                        MATCH (p:Person {id: $id})
                        SET p.givenName = $givenName, p.familyName = $familyName, p.birthDate = $birthDate,
                            p.languages = $languages, p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime()
                        RETURN p {.*} AS p""")
                .bindAll(personParameters(input.id().toLowerCase(), input.givenName(), input.familyName(),
                        input.birthDate(), input.languages()))
                .fetch().one().map(r -> Person.from(Row.of(r.get("p")))).orElseThrow();
    }

    /**
     * How many help questions of the family are ABOUT the person, or empty when the person is not a member of the
     * family. The first check of a removal: it write-locks the family, so of two concurrent removals the second
     * waits and then finds no such member, and a question about the person cannot appear in between.
     */
    Optional<Long> questionsAbout(String familyId, String personId) {
        neo4j.query("MATCH (f:Family {id: $familyId}) " + Locks.lock("f")).bind(familyId).to("familyId").run();
        return neo4j.query("""
                        MATCH (p:Person {id: $personId})-[:MEMBER_OF]->(f:Family {id: $familyId})
                        RETURN COUNT { (f)-[:RAISED]->(:HelpQuestion)-[:ABOUT]->(p) } AS questions""")
                .bind(familyId).to("familyId")
                .bind(personId).to("personId")
                .fetch().one().map(r -> (Long) r.get("questions"));
    }

    /** How many consents of the family the person gave that are current on {@code today}. */
    long activeConsentsGiven(String familyId, String personId, LocalDate today) {
        return neo4j.query("""
                        MATCH (:Family {id: $familyId})-[:HAS_CONSENT]->(c:Consent)-[:GIVEN_BY]->(:Person {id: $personId})
                        WHERE %s
                        RETURN count(c) AS consents""".formatted(ConsentCoverage.CURRENT))
                .bind(familyId).to("familyId")
                .bind(personId).to("personId")
                .bind(today).to("today")
                .fetchAs(Long.class).one().orElse(0L);
    }

    /** Ends the membership, and deletes the person when it was their last family. */
    void remove(String familyId, String personId) {
        neo4j.query("""
                        MATCH (p:Person {id: $personId})-[m:MEMBER_OF]->(f:Family {id: $familyId})
                        DELETE m
                        SET f.updatedAt = datetime()
                        WITH p
                        WHERE NOT EXISTS { (p)-[:MEMBER_OF]->(:Family) }
                        DETACH DELETE p""")
                .bind(familyId).to("familyId")
                .bind(personId).to("personId")
                .run();
    }

    private static Map<String, Object> personParameters(String id, String givenName, String familyName,
                                                        LocalDate birthDate, List<String> languages) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("givenName", givenName.strip());
        parameters.put("familyName", familyName == null || familyName.isBlank() ? null : familyName.strip());
        parameters.put("birthDate", birthDate);
        parameters.put("languages", languages == null ? List.of() : languages.stream().distinct().toList());
        return parameters;
    }
}
