package nl.netwerkkaart.consent;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.netwerkkaart.family.MemberRole;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.access.ConsentCoverage;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private final Neo4jClient neo4j;

    ConsentRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The family's members with their role and authority; empty when there is no such family. */
    Optional<List<ConsentRules.Member>> members(String familyId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        RETURN [(p:Person)-[m:MEMBER_OF]->(f)
                                | {personId: p.id, givenName: p.givenName, birthDate: p.birthDate,
                                   role: m.role, authority: m.authority}] AS members""")
                .bind(familyId).to("familyId")
                .fetch().one()
                .map(r -> new Row(r).rows("members").stream()
                        .map(m -> new ConsentRules.Member(m.string("personId"), m.string("givenName"), m.date("birthDate"),
                                MemberRole.valueOf(m.string("role")), m.bool("authority")))
                        .toList());
    }

    /** Which of {@code ids} name an existing person. */
    Set<String> existingPersons(Collection<String> ids) {
        return Set.copyOf(neo4j.query("UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id")
                .bind(ids).to("ids").fetchAs(String.class).all());
    }

    Optional<Consent> findById(String id) {
        return neo4j.query("""
                        MATCH (f:Family)-[:HAS_CONSENT]->(c:Consent {id: $id})
                        RETURN c {.*, familyId: f.id} AS c""")
                .bind(id).to("id")
                .fetch().one().map(r -> Consent.from(Row.of(r.get("c"))));
    }

    /**
     * As {@link #findById}, read after write-locking the family and then the consent: of two concurrent revocations
     * the second waits and then sees the first's revocation.
     */
    Optional<Consent> lockedById(String id) {
        neo4j.query("MATCH (f:Family)-[:HAS_CONSENT]->(c:Consent {id: $id}) " + Locks.lock("f", "c")).bind(id).to("id").run();
        return findById(id);
    }

    /** The consents of each family with an id in {@code familyIds}, newest first. */
    Map<String, List<Consent>> consents(Collection<String> familyIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Family {id: id})-[:HAS_CONSENT]->(c:Consent)
                        WITH id, c ORDER BY c.givenAt DESC, c.id
                        RETURN id, collect(c {.*, familyId: id}) AS consents""")
                .bind(familyIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("consents").stream().map(Consent::from).toList()));
    }

    /**
     * The scopes covered on {@code today} by each family's active consents; families with none are left out. A
     * consent that a child of 12 or older did not give ({@link ConsentCoverage}) keeps covering only
     * anonymous statistics, which share nothing about the family with anyone.
     */
    Map<String, List<String>> currentScopes(Collection<String> familyIds, LocalDate today) {
        // the age condition is a constant Cypher fragment, not a value: values stay parameters
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (f:Family {id: id})-[:HAS_CONSENT]->(c:Consent)
                        WHERE %s
                        WITH id, c, %s AS agesCovered
                        UNWIND c.scopes AS scope
                        WITH id, scope WHERE agesCovered OR scope = 'ANONYMOUS_STATISTICS'
                        RETURN id, collect(DISTINCT scope) AS scopes""".formatted(ConsentCoverage.CURRENT, ConsentCoverage.AGE_RULES_MET))
                .bind(familyIds).to("ids")
                .bind(today).to("today")
                .bind(ConsentCoverage.turnedTwelveBy(today)).to("turnedTwelveBy")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> new Row(r).strings("scopes")));
    }

    /** The members who gave each consent, by given name. */
    Map<String, List<Person>> givenBy(Collection<String> consentIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:Consent {id: id})-[:GIVEN_BY]->(p:Person)
                        WITH id, p ORDER BY p.givenName, p.id
                        RETURN id, collect(p {.*}) AS persons""")
                .bind(consentIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("persons").stream().map(Person::from).toList()));
    }

    Consent create(String id, String familyId, List<String> giverIds, List<String> scopes, LocalDate validUntil,
                   String note) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("familyId", familyId);
        parameters.put("givers", giverIds);
        parameters.put("scopes", scopes);
        parameters.put("validUntil", validUntil);
        parameters.put("note", note);
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (f)-[:HAS_CONSENT]->(c:Consent {id: $id, scopes: $scopes, givenAt: datetime(),
                                                               validUntil: $validUntil, note: $note,
                                                               createdAt: datetime(), updatedAt: datetime()})
                        WITH f, c
                        CALL (c) {
                          UNWIND $givers AS giverId
                          MATCH (p:Person {id: giverId})
                          CREATE (c)-[:GIVEN_BY]->(p)
                        }
                        RETURN c {.*, familyId: f.id} AS c""")
                .bindAll(parameters)
                .fetch().one().map(r -> Consent.from(Row.of(r.get("c")))).orElseThrow();
    }

    Consent revoke(String id, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("reason", reason);
        return neo4j.query("""
                        MATCH (f:Family)-[:HAS_CONSENT]->(c:Consent {id: $id})
                        SET c.revokedAt = datetime(), c.revocationReason = $reason, c.updatedAt = datetime()
                        RETURN c {.*, familyId: f.id} AS c""")
                .bindAll(parameters)
                .fetch().one().map(r -> Consent.from(Row.of(r.get("c")))).orElseThrow();
    }
}
