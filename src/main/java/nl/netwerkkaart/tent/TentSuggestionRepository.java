package nl.netwerkkaart.tent;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class TentSuggestionRepository {

    private final Neo4jClient neo4j;

    TentSuggestionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The families that raised the questions, one per known question. */
    List<String> familiesOf(Collection<String> questionIds) {
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion) WHERE h.id IN $ids
                        RETURN collect(f.id) AS ids""")
                .bind(questionIds).to("ids")
                .fetch().one().map(r -> new Row(r).strings("ids")).orElse(List.of());
    }

    /**
     * In one statement: the questions' life domains ({@code domains}: code and Dutch name, in the domains' order) and
     * every professional ({@code candidates}) serving an area of the family's municipality with an expertise in one of
     * them, directly or through a broader term, or holding one of the terms related to the questions' needs
     * ({@code termIds}), except the family's coach, who directs the tent: the domains they cover, the terms they hold
     * ({@code held}: id and name), their organisation, and whether they serve the family's kern (or a wijk in it) or
     * only a larger area around the family.
     */
    Row candidates(String familyId, Collection<String> questionIds, Collection<String> termIds) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        WITH f, [(f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k][0] AS kern,
                             [(f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'}) | m][0] AS municipality,
                             [(f)-[:COACHED_BY]->(c:Professional) | c.id] AS coachIds,
                             COLLECT { MATCH (h:HelpQuestion)-[:CONCERNS]->(l:LifeDomain) WHERE h.id IN $questionIds
                                       WITH DISTINCT l ORDER BY l.sortOrder RETURN l } AS domains
                        RETURN [l IN domains | {code: l.code, name: l.name}] AS domains,
                               kern.name AS kernName,
                               COLLECT {
                                 CALL (domains) {
                                   UNWIND domains AS l
                                   MATCH (p:Professional)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..3]->(:Expertise)-[:IN_DOMAIN]->(l)
                                   RETURN p, l.code AS code
                                   UNION
                                   MATCH (p:Professional)-[:HAS_EXPERTISE]->(e:Expertise) WHERE e.id IN $termIds
                                   RETURN p, null AS code
                                 }
                                 WITH f, kern, municipality, coachIds, p, code
                                 WHERE NOT p.id IN coachIds
                                   AND EXISTS { (p)-[:SERVES]->(:Area)-[:PART_OF*0..3]->(municipality) }
                                 WITH f, kern, p, collect(DISTINCT code) AS covered
                                 RETURN {professional: p {.*}, covered: covered,
                                         held: [(p)-[:HAS_EXPERTISE]->(e:Expertise) | {id: e.id, name: e.name}],
                                         organisation: [(p)-[:WORKS_FOR]->(o:Organisation) | o {.id, .name}][0],
                                         servesKern: kern IS NOT NULL AND EXISTS { (p)-[:SERVES]->(:Area)-[:PART_OF*0..1]->(kern) },
                                         servesFamily: EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area)<-[:SERVES]-(p) }}
                               } AS candidates""")
                .bindAll(Map.of("familyId", familyId, "questionIds", questionIds, "termIds", termIds))
                .fetch().one().map(Row::new).orElseThrow();
    }
}
