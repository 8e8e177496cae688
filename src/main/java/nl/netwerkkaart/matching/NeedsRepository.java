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

    /**
     * What each question's needs are read from: its text, its life domains, its analysis's texts and confirmed terms;
     * {@code names} are the given and family names of the family's members and network persons, filled in by
     * {@link #withNames} for a family the user may read.
     */
    record QuestionText(String id, String familyId, String text, List<String> lifeDomains, List<String> context,
                        List<Expertise> needed, List<String> names) {

        QuestionText withNames(List<String> names) {
            return new QuestionText(id, familyId, text, lifeDomains, context, needed, names);
        }
    }

    /** The questions, without the names of their families' persons (see {@link #names}). */
    Map<String, QuestionText> questions(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: id})
                        RETURN h.id AS id, f.id AS familyId, h.text AS text,
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
                    return new QuestionText(row.string("id"), row.string("familyId"), row.string("text"), row.strings("lifeDomains"),
                            row.strings("context"), row.rows("needed").stream().map(Expertise::from).toList(), List.of());
                })
                .collect(Collectors.toMap(QuestionText::id, q -> q));
    }

    /**
     * The given and family names of the members and network persons of each family, to take them out of its questions'
     * texts. Only for families the caller let through the family gate ({@code FamilyGate.readable}).
     */
    Map<String, List<String>> names(Collection<String> familyIds) {
        if (familyIds.isEmpty()) {
            return Map.of();
        }
        return neo4j.query("""
                        UNWIND $familyIds AS familyId
                        MATCH (f:Family {id: familyId})
                        RETURN f.id AS familyId,
                               COLLECT { MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
                                         UNWIND [p.givenName, p.familyName] AS name
                                         WITH name WHERE name IS NOT NULL RETURN DISTINCT name } AS names""")
                .bind(familyIds).to("familyIds")
                .fetch().all().stream()
                .map(Row::new)
                .collect(Collectors.toMap(row -> row.string("familyId"), row -> row.strings("names")));
    }
}
