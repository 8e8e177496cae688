package nl.netwerkkaart.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class RankingRepository {

    // Who can be matched to a family at all: professionals serving an area of the family's municipality, not the
    // family's own coach (the process director), and not declined by this family before.
    private static final String CANDIDATE = """
            MATCH (p:Professional)-[:SERVES]->(:Area)-[:PART_OF*0..3]->(m)
            WHERE NOT EXISTS { (f)-[:COACHED_BY]->(p) }
              AND NOT EXISTS {
                MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(d:Match)-[:WITH_HELPER]->(p)
                WHERE d.status = 'CLOSED' AND d.outcome IN ['NO_CLICK', 'NOT_SUITABLE'] }""";

    private final Neo4jClient neo4j;

    RankingRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The facts the ranking scores for every candidate with an expertise that relates to the question.
     * {@code fit} is the best relation of any of their expertises (4 exact, 3 narrower, 2 broader, 1 same life domain)
     * and {@code expertise} the name of the expertise giving it; {@code outcomes} the outcomes of their closed matches on
     * questions sharing a life domain with this one; {@code domains} the question's life domains ({@code code},
     * {@code name}) in their own order.
     */
    List<Row> candidates(String questionId, String tier) {
        var parameters = new HashMap<String, Object>();
        parameters.put("questionId", questionId);
        parameters.put("tier", tier);
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $questionId})
                        MATCH (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'})
                        WITH f, h, m, COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) RETURN l.code } AS codes,
                             COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l {.code, .name} } AS domains,
                             COLLECT { MATCH (person:Person)-[:MEMBER_OF]->(f) UNWIND coalesce(person.languages, []) AS language
                                       RETURN DISTINCT language } AS languages
                        // the question's exact terms: expertises all of whose life domains the question concerns
                        WITH f, m, codes, domains, languages, COLLECT {
                               MATCH (e:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN codes
                                 AND NOT EXISTS { MATCH (e)-[:IN_DOMAIN]->(other:LifeDomain) WHERE NOT other.code IN codes }
                               RETURN DISTINCT e } AS exact
                        %s
                          AND ($tier IS NULL OR p.tier = $tier)
                        WITH DISTINCT f, codes, domains, languages, exact, p
                        WITH f, codes, domains, languages, p, COLLECT {
                               MATCH (p)-[:HAS_EXPERTISE]->(e:Expertise)
                               WITH e, CASE
                                 WHEN e IN exact THEN 4
                                 WHEN EXISTS { MATCH (e)-[:BROADER*1..]->(x:Expertise) WHERE x IN exact } THEN 3
                                 WHEN EXISTS { MATCH (x:Expertise)-[:BROADER*1..]->(e) WHERE x IN exact } THEN 2
                                 WHEN EXISTS { MATCH (e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN codes } THEN 1
                                 ELSE 0 END AS fit
                               WHERE fit > 0
                               RETURN {fit: fit, expertise: e.name} ORDER BY fit DESC, e.name LIMIT 1 } AS best
                        WHERE size(best) > 0
                        RETURN p {.*} AS professional, best[0].fit AS fit, best[0].expertise AS expertise, domains,
                               COLLECT { MATCH (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN codes
                                         RETURN DISTINCT l.code } AS covered,
                               COLLECT { MATCH path = (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(a:Area)<-[:SERVES]-(p)
                                         RETURN a.name ORDER BY length(path) LIMIT 1 } AS servedAreas,
                               size(languages) AS familyLanguages,
                               [language IN coalesce(p.languages, []) WHERE language IN languages] AS sharedLanguages,
                               COLLECT { MATCH (p)<-[:WITH_HELPER]-(o:Match)-[:FOR_QUESTION]->(:HelpQuestion)-[:CONCERNS]->(l:LifeDomain)
                                         WHERE o.status = 'CLOSED' AND l.code IN codes
                                         WITH DISTINCT o RETURN o.outcome } AS outcomes""".formatted(CANDIDATE))
                .bindAll(parameters)
                .fetch().all().stream().map(Row::new).toList();
    }

    /**
     * The life domains of the family's help questions that are not closed ({@code domains}, in their own order) and
     * every candidate with open places and accepting clients whose expertises lie in one of them ({@code candidates}:
     * {@code professional}, {@code covers}, {@code local}: serving the area the family lives in).
     */
    Optional<Row> team(String familyId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})-[:LIVES_IN]->(home:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'})
                        WITH f, home, m, COLLECT {
                               MATCH (f)-[:RAISED]->(h:HelpQuestion)-[:CONCERNS]->(l:LifeDomain) WHERE h.status <> 'CLOSED'
                               WITH DISTINCT l ORDER BY l.sortOrder RETURN l.code } AS domains
                        RETURN domains, COLLECT {
                          %s
                            AND coalesce(p.capacity, 0) > 0 AND p.acceptingClients = true
                          WITH DISTINCT p, home, domains
                          WITH p, home, COLLECT { MATCH (p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain)
                                            WHERE l.code IN domains RETURN DISTINCT l.code } AS covers
                          WHERE size(covers) > 0
                          RETURN {professional: p {.*}, covers: covers,
                                  local: EXISTS { (home)-[:PART_OF*0..3]->(:Area)<-[:SERVES]-(p) }}
                        } AS candidates""".formatted(CANDIDATE))
                .bind(familyId).to("familyId")
                .fetch().one().map(Row::new);
    }
}
