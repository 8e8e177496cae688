package nl.netwerkkaart.tent;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.directory.ExpertiseTaxonomyChanged;
import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * Fixtures of the tent, analysis, dossier and ladder tests. Ranking tests run in a municipality of their own, so the
 * demo data can never take part in a ranking; directory items and matches belong to other features and are made
 * with Cypher.
 */
public abstract class TentTestSupport extends FamilyTestSupport {

    @LocalServerPort
    private int port;

    @Autowired
    protected ApplicationEventPublisher events;

    /** A GraphQL client signed in as {@code role} working for {@code municipalityId}. */
    protected HttpGraphQlTester in(String municipalityId, Role role, String professionalId) {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(role, municipalityId, professionalId))
                .build());
    }

    /** A new area at a point; parentId may be null. */
    protected String area(String name, String kind, String parentId, double latitude, double longitude) {
        return neo4j.query("""
                        CREATE (a:Area {id: randomUUID(), name: $name, kind: $kind, latitude: $latitude, longitude: $longitude,
                                        createdAt: datetime(), updatedAt: datetime()})
                        WITH a
                        OPTIONAL MATCH (parent:Area {id: $parentId})
                        FOREACH (_ IN CASE WHEN parent IS NULL THEN [] ELSE [1] END | CREATE (a)-[:PART_OF]->(parent))
                        RETURN a.id""")
                .bindAll(Map.of("name", name, "kind", kind, "latitude", latitude, "longitude", longitude,
                        "parentId", parentId == null ? "" : parentId))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A new expertise term in the given life domains, narrower than {@code broaderId} when that is not null. */
    protected String expertise(String name, List<String> domains, String broaderId) {
        var id = neo4j.query("""
                        CREATE (e:Expertise {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        WITH e
                        CALL (e) {
                          UNWIND $domains AS code
                          MATCH (l:LifeDomain {code: code})
                          CREATE (e)-[:IN_DOMAIN]->(l)
                        }
                        CALL (e) {
                          MATCH (b:Expertise {id: $broaderId})
                          CREATE (e)-[:BROADER]->(b)
                        }
                        RETURN e.id""")
                .bindAll(Map.of("name", name, "domains", domains, "broaderId", broaderId == null ? "" : broaderId))
                .fetchAs(String.class).one().orElseThrow();
        // written with Cypher, not through ExpertiseService: tell the needs analysis as the service does
        events.publishEvent(new ExpertiseTaxonomyChanged(id));
        return id;
    }

    protected String organisation(String name) {
        return neo4j.query("""
                        CREATE (o:Organisation {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        RETURN o.id""")
                .bind(name).to("name").fetchAs(String.class).one().orElseThrow();
    }

    /** A professional of an organisation with expertises, serving one area. */
    protected String professional(String name, String tier, int capacity, String organisationId, String servesAreaId,
                                  List<String> expertiseIds) {
        return neo4j.query("""
                        MATCH (o:Organisation {id: $organisationId}), (a:Area {id: $areaId})
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Hulpverlener', tier: $tier,
                                                languages: ['nl'], capacity: $capacity, acceptingClients: true, coach: false,
                                                createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[:WORKS_FOR]->(o)
                        CREATE (p)-[:SERVES]->(a)
                        WITH p
                        CALL (p) {
                          UNWIND $expertiseIds AS expertiseId
                          MATCH (e:Expertise {id: expertiseId})
                          CREATE (p)-[:HAS_EXPERTISE {level: 'EXPERIENCED'}]->(e)
                        }
                        RETURN p.id""")
                .bindAll(Map.of("name", name, "tier", tier, "capacity", capacity, "organisationId", organisationId,
                        "areaId", servesAreaId, "expertiseIds", expertiseIds))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** An ACTIVE, free community resource located in an area, addressing expertise terms, for ages min..max (nullable). */
    protected String resource(String name, String status, String locatedInId, List<String> expertiseIds, Integer minimumAge,
                              Integer maximumAge) {
        var parameters = new java.util.HashMap<String, Object>(Map.of("name", name, "status", status, "areaId", locatedInId,
                "expertiseIds", expertiseIds));
        parameters.put("minimumAge", minimumAge);
        parameters.put("maximumAge", maximumAge);
        return neo4j.query("""
                        MATCH (a:Area {id: $areaId})
                        CREATE (r:CommunityResource {id: randomUUID(), name: $name, kind: 'VOLUNTEER_SUPPORT', status: $status,
                                                     languages: ['nl'], free: true, capacity: 5,
                                                     minimumAge: $minimumAge, maximumAge: $maximumAge,
                                                     createdAt: datetime(), updatedAt: datetime()})
                        CREATE (r)-[:LOCATED_IN]->(a)
                        WITH r
                        CALL (r) {
                          UNWIND $expertiseIds AS expertiseId
                          MATCH (e:Expertise {id: expertiseId})
                          CREATE (r)-[:ADDRESSES]->(e)
                        }
                        RETURN r.id""")
                .bindAll(parameters)
                .fetchAs(String.class).one().orElseThrow();
    }

    /** A family of the signed-in coach living in {@code areaId}, created with Cypher for another municipality. */
    protected String familyIn(String name, String areaId) {
        return neo4j.query("""
                        MATCH (a:Area {id: $areaId}), (c:Professional {id: $coach})
                        CREATE (f:Family {id: randomUUID(), name: $name, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (f)-[:LIVES_IN]->(a)
                        CREATE (f)-[:COACHED_BY]->(c)
                        RETURN f.id""")
                .bindAll(Map.of("name", name, "areaId", areaId, "coach", coach))
                .fetchAs(String.class).one().orElseThrow();
    }

    /** Consent to share with the tent, so invited professionals may read the family. */
    protected void consentToTent(String familyId) {
        neo4j.query("""
                        MATCH (f:Family {id: $id})
                        CREATE (f)-[:HAS_CONSENT]->(:Consent {id: randomUUID(), scopes: ['SHARE_WITH_TENT'], givenAt: datetime(),
                                                               createdAt: datetime(), updatedAt: datetime()})""")
                .bind(familyId).to("id").run();
    }

    /** Audit events of the family with this action, object type and outcome. */
    protected long auditEvents(String familyId, String action, String objectType, String outcome) {
        return neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $familyId})
                        WHERE e.eventAction = $action AND $objectType IN e.objectTypes AND e.outcome = $outcome
                        RETURN count(e)""")
                .bindAll(Map.of("familyId", familyId, "action", action, "objectType", objectType, "outcome", outcome))
                .fetchAs(Long.class).one().orElseThrow();
    }
}
