package nl.netwerkkaart.ladder;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class LadderRepository {

    private final Neo4jClient neo4j;
    private final Today today;

    LadderRepository(Neo4jClient neo4j, Today today) {
        this.neo4j = neo4j;
        this.today = today;
    }

    /** What the steps need to know about the question; empty when there is no such question. */
    Optional<LadderQuestion> question(String helpQuestionId) {
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $id})
                        OPTIONAL MATCH (f)-[:LIVES_IN]->(home:Area)
                        WITH f, h, home, [(home)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k][0] AS kern
                        RETURN f.id AS familyId, home.id AS homeAreaId, kern.id AS kernId, kern.name AS kernName,
                               [(kern)-[:PART_OF]->(m:Area {kind: 'MUNICIPALITY'}) | m.id][0] AS municipalityId,
                               COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code } AS lifeDomains,
                               [(h)-[:ABOUT]->(p:Person) WHERE p.birthDate IS NOT NULL | p.birthDate] AS aboutBirthDates,
                               COLLECT { MATCH (c:Person)-[:MEMBER_OF {role: 'CHILD'}]->(f) WHERE c.birthDate IS NOT NULL
                                         RETURN c.birthDate } AS childBirthDates,
                               COLLECT { MATCH (p:Person)-[:MEMBER_OF]->(f) UNWIND p.languages AS language
                                         RETURN DISTINCT language ORDER BY language } AS languages""")
                .bind(helpQuestionId).to("id")
                .fetch().one().map(Row::new)
                .map(row -> {
                    @SuppressWarnings("unchecked")
                    var about = (List<LocalDate>) row.values().get("aboutBirthDates");
                    @SuppressWarnings("unchecked")
                    var children = (List<LocalDate>) row.values().get("childBirthDates");
                    var day = today.date();
                    var ages = (about.isEmpty() ? children : about).stream()
                            .map(birthDate -> Period.between(birthDate, day).getYears()).sorted().toList();
                    return new LadderQuestion(helpQuestionId, row.string("familyId"), row.string("homeAreaId"),
                            row.string("kernId"), row.string("kernName"), row.string("municipalityId"),
                            row.strings("lifeDomains"), ages, row.strings("languages"));
                });
    }

    /** Dutch names of the life domains, by code. */
    Map<String, String> domainNames() {
        var names = new LinkedHashMap<String, String>();
        neo4j.query("MATCH (l:LifeDomain) RETURN l.code AS code, l.name AS name ORDER BY l.sortOrder")
                .fetch().all().forEach(r -> names.put((String) r.get("code"), (String) r.get("name")));
        return names;
    }

    /**
     * ACTIVE community resources of the family's municipality (located in or serving an area of it) that fit one of
     * the question's domains or address one of the {@code fitting} expertise terms (those fitting its needs); with the
     * terms they address ({@code addressed}: id, name), whose age range holds one of {@code $ages} (or has none, or there are no ages), and that
     * serve the family's home area when they name whom they serve; with their fit, their placement relative to the
     * family's kern and its distance in km.
     */
    List<Row> communityCandidates(LadderQuestion question, double neighbourDistanceKm, Collection<String> fitting) {
        var parameters = parameters(question);
        parameters.put("neighbourKm", neighbourDistanceKm);
        parameters.put("fitting", fitting);
        return neo4j.query("""
                        OPTIONAL MATCH (kern:Area {id: $kernId})
                        // the municipality's areas and the areas holding the home, once; resources are read from the
                        // areas rather than every active resource tested against the municipality
                        WITH kern,
                             COLLECT { MATCH (a:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) RETURN DISTINCT a } AS areas,
                             COLLECT { MATCH (:Area {id: $homeAreaId})-[:PART_OF*0..3]->(a:Area) RETURN DISTINCT a } AS homeReach
                        CALL (areas) {
                          UNWIND areas AS a
                          MATCH (a)<-[:LOCATED_IN|SERVES]-(r:CommunityResource {status: 'ACTIVE'})
                          RETURN DISTINCT r
                        }
                        WITH kern, r, homeReach
                        WHERE (size($ages) = 0 OR any(age IN $ages WHERE (r.minimumAge IS NULL OR age >= r.minimumAge)
                                                                     AND (r.maximumAge IS NULL OR age <= r.maximumAge)))
                          AND (NOT EXISTS { (r)-[:SERVES]->(:Area) } OR EXISTS { (r)-[:SERVES]->(s:Area) WHERE s IN homeReach })
                        WITH kern, r,
                             COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN $domains
                                       RETURN DISTINCT {term: e.name, domain: l.code} } AS exact,
                             COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)-[:BROADER*1..3]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain)
                                       WHERE l.code IN $domains RETURN DISTINCT {term: e.name, domain: l.code} } AS narrower,
                             COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)<-[:BROADER*1..3]-(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain)
                                       WHERE l.code IN $domains RETURN DISTINCT {term: e.name, domain: l.code} } AS broader,
                             COLLECT { MATCH (r)-[:ADDRESSES]->(l:LifeDomain) WHERE l.code IN $domains RETURN l.code } AS direct,
                             COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise) RETURN {id: e.id, name: e.name} } AS addressed,
                             [(r)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k][0] AS resourceKern
                        WHERE size(exact) + size(narrower) + size(broader) + size(direct) > 0
                           OR any(term IN addressed WHERE term.id IN $fitting)
                        WITH r, exact, narrower, broader, direct, addressed, resourceKern,
                             CASE WHEN kern IS NULL OR resourceKern IS NULL OR kern.latitude IS NULL OR resourceKern.latitude IS NULL
                                       OR NOT EXISTS { (resourceKern)-[:PART_OF]->(:Area {id: $municipalityId}) } THEN null
                                  ELSE point.distance(point({latitude: kern.latitude, longitude: kern.longitude}),
                                                      point({latitude: resourceKern.latitude, longitude: resourceKern.longitude})) / 1000.0
                             END AS distanceKm
                        RETURN r {.*} AS resource, exact, narrower, broader, direct, addressed, resourceKern.name AS kernName,
                               CASE WHEN resourceKern.id = $kernId THEN 'KERN'
                                    WHEN distanceKm <= $neighbourKm THEN 'NEIGHBOUR'
                                    ELSE 'MUNICIPALITY' END AS placement,
                               distanceKm""")
                .bindAll(parameters)
                .fetch().all().stream().map(Row::new).toList();
    }

    private static Map<String, Object> parameters(LadderQuestion question) {
        var parameters = new HashMap<String, Object>();
        parameters.put("domains", question.lifeDomains());
        parameters.put("homeAreaId", question.homeAreaId());
        parameters.put("kernId", question.kernId());
        parameters.put("municipalityId", question.municipalityId());
        parameters.put("ages", question.ages());
        parameters.put("languages", question.languages());
        return parameters;
    }
}
