package nl.netwerkkaart.matching;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class NeedsRepository {

    private final Neo4jClient neo4j;

    NeedsRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Every expertise term with the codes of its life domains and the ids of its broader terms, by name. */
    List<NeedsAnalysis.Term> taxonomy() {
        return neo4j.query("""
                        MATCH (e:Expertise)
                        RETURN e {.id, .name, .description, .createdAt, .updatedAt} AS e,
                               COLLECT { MATCH (e)-[:IN_DOMAIN]->(l:LifeDomain) RETURN l.code ORDER BY l.code } AS domains,
                               COLLECT { MATCH (e)-[:BROADER]->(b:Expertise) RETURN b.id ORDER BY b.id } AS broader
                        ORDER BY e.name, e.id""")
                .fetch().all().stream()
                .map(r -> new NeedsAnalysis.Term(Expertise.from(Row.of(r.get("e"))), new Row(r).strings("domains"),
                        new Row(r).strings("broader")))
                .toList();
    }

    /** What each question's needs are read from: its text, its life domains, its analysis's texts and confirmed terms. */
    record QuestionText(String id, String text, List<String> lifeDomains, List<String> context, List<Expertise> needed,
                        List<String> names) {
    }

    Map<String, QuestionText> questions(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: id})
                        RETURN h.id AS id, h.text AS text,
                               COLLECT { MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
                                         UNWIND [p.givenName, p.familyName] AS name
                                         WITH name WHERE name IS NOT NULL RETURN DISTINCT name } AS names,
                               COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) RETURN l.code ORDER BY l.sortOrder } AS lifeDomains,
                               COLLECT { MATCH (a:Analysis)-[:EXPLAINS]->(h) MATCH (a)-[:HAS_HYPOTHESIS]->(y:Hypothesis)
                                         RETURN y.text AS t
                                         UNION
                                         MATCH (a:Analysis)-[:EXPLAINS]->(h)
                                         MATCH (a)-[:HAS_HYPOTHESIS|PROTECTED_BY]->()-[:SUPPORTED_BY*0..1]->(x:AnalysisFactor)
                                         RETURN x.text AS t } AS context,
                               COLLECT { MATCH (h)-[:NEEDS]->(e:Expertise) RETURN e {.id, .name, .description, .createdAt, .updatedAt}
                                         ORDER BY e.name } AS needed""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .map(r -> {
                    var row = new Row(r);
                    return new QuestionText(row.string("id"), row.string("text"), row.strings("lifeDomains"),
                            row.strings("context"), row.rows("needed").stream().map(Expertise::from).toList(),
                            row.strings("names"));
                })
                .collect(Collectors.toMap(QuestionText::id, q -> q));
    }
}
