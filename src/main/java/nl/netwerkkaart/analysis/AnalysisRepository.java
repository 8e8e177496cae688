package nl.netwerkkaart.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.netwerkkaart.analysis.SaveAnalysisInput.FactorInput;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class AnalysisRepository {

    // The whole document of each analysis in one pass; parts keep the order they were saved in.
    private static final String READ = """
            UNWIND $ids AS id
            MATCH (a:Analysis)-[:EXPLAINS]->(h:HelpQuestion {id: id})
            RETURN id, a {.*, helpQuestionId: id, familyId: [(f:Family)-[:RAISED]->(h) | f.id][0],
              hypotheses: COLLECT {
                MATCH (a)-[:HAS_HYPOTHESIS]->(y:Hypothesis)
                WITH y ORDER BY y.sortOrder
                RETURN y {.text,
                  lifeDomains: COLLECT { MATCH (y)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code },
                  supportingEvidence: COLLECT {
                    MATCH (y)-[:SUPPORTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                    RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }} },
                  contradictingEvidence: COLLECT {
                    MATCH (y)-[:CONTRADICTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                    RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }} }}
              },
              protectiveFactors: COLLECT {
                MATCH (a)-[:PROTECTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }}
              }} AS analysis""";

    private final Neo4jClient neo4j;

    AnalysisRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The analysis of each help question with an id in {@code questionIds}, for those that have one. */
    Map<String, Analysis> forQuestions(Collection<String> questionIds) {
        return neo4j.query(READ)
                .bind(questionIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> Analysis.from(Row.of(r.get("analysis")))));
    }

    /** The help question and family of an analysis; empty when there is no such analysis. */
    Optional<Row> owner(String analysisId) {
        return neo4j.query("""
                        MATCH (:Analysis {id: $id})-[:EXPLAINS]->(h:HelpQuestion)<-[:RAISED]-(f:Family)
                        RETURN h.id AS helpQuestionId, f.id AS familyId""")
                .bind(analysisId).to("id")
                .fetch().one().map(Row::new);
    }

    /** The id of the family that raised the question; empty when there is no such question. */
    Optional<String> familyOf(String questionId) {
        return neo4j.query("MATCH (f:Family)-[:RAISED]->(:HelpQuestion {id: $id}) RETURN f.id AS familyId")
                .bind(questionId).to("id").fetchAs(String.class).one();
    }

    long knownLifeDomains(Collection<String> codes) {
        return neo4j.query("MATCH (l:LifeDomain) WHERE l.code IN $codes RETURN count(l) AS known")
                .bind(codes).to("codes").fetchAs(Long.class).one().orElse(0L);
    }

    /** Creates the question's analysis or replaces all of its fields and parts. */
    Analysis save(SaveAnalysisInput input) {
        var questionId = input.helpQuestionId().toLowerCase();
        var hypotheses = new ArrayList<Map<String, Object>>();
        var factors = new ArrayList<Map<String, Object>>();
        var hypothesisInputs = SaveAnalysisInput.orEmpty(input.hypotheses());
        for (int i = 0; i < hypothesisInputs.size(); i++) {
            var hypothesis = hypothesisInputs.get(i);
            var id = Ids.newId();
            hypotheses.add(Map.of("id", id, "text", hypothesis.text().strip(), "sortOrder", i,
                    "lifeDomains", hypothesis.lifeDomains().stream().distinct().toList()));
            addFactors(factors, "SUPPORTING", id, hypothesis.supportingEvidence());
            addFactors(factors, "CONTRADICTING", id, hypothesis.contradictingEvidence());
        }
        addFactors(factors, "PROTECTIVE", null, input.protectiveFactors());
        var parameters = new HashMap<String, Object>();
        parameters.put("questionId", questionId);
        parameters.put("id", Ids.newId());
        parameters.put("summary", input.summary() == null || input.summary().isBlank() ? null : input.summary().strip());
        parameters.put("hypotheses", hypotheses);
        parameters.put("factors", factors);
        neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $questionId})
                        // one analysis per question: the family and the question are locked before MERGE looks for it
                        %s
                        WITH h
                        MERGE (a:Analysis)-[:EXPLAINS]->(h)
                        ON CREATE SET a.id = $id, a.createdAt = datetime()
                        SET a.summary = $summary, a.updatedAt = datetime()
                        WITH a
                        CALL (a) {
                          MATCH (a)-[:HAS_HYPOTHESIS|PROTECTED_BY]->(part)
                          OPTIONAL MATCH (part)-[:SUPPORTED_BY|CONTRADICTED_BY]->(evidence:AnalysisFactor)
                          WITH collect(DISTINCT part) + collect(DISTINCT evidence) AS old
                          UNWIND old AS node
                          DETACH DELETE node
                        }
                        CALL (a) {
                          UNWIND $hypotheses AS hy
                          CREATE (a)-[:HAS_HYPOTHESIS]->(y:Hypothesis {id: hy.id, text: hy.text, sortOrder: hy.sortOrder,
                                                                       createdAt: datetime(), updatedAt: datetime()})
                          WITH y, hy
                          UNWIND hy.lifeDomains AS code
                          MATCH (l:LifeDomain {code: code})
                          CREATE (y)-[:CONCERNS]->(l)
                        }
                        CALL (a) {
                          UNWIND $factors AS fa
                          OPTIONAL MATCH (y:Hypothesis {id: fa.hypothesisId})
                          CREATE (x:AnalysisFactor {id: fa.id, text: fa.text, sortOrder: fa.sortOrder,
                                                    createdAt: datetime(), updatedAt: datetime()})
                          FOREACH (_ IN CASE WHEN fa.kind = 'PROTECTIVE' THEN [1] ELSE [] END | CREATE (a)-[:PROTECTED_BY]->(x))
                          FOREACH (_ IN CASE WHEN fa.kind = 'SUPPORTING' THEN [1] ELSE [] END | CREATE (y)-[:SUPPORTED_BY]->(x))
                          FOREACH (_ IN CASE WHEN fa.kind = 'CONTRADICTING' THEN [1] ELSE [] END | CREATE (y)-[:CONTRADICTED_BY]->(x))
                          WITH x, fa
                          UNWIND fa.lifeDomains AS code
                          MATCH (l:LifeDomain {code: code})
                          CREATE (x)-[:CONCERNS]->(l)
                        }""".formatted(Locks.lock("f", "h")))
                .bindAll(parameters)
                .run();
        return forQuestions(List.of(questionId)).get(questionId);
    }

    /** Deletes the analysis with its hypotheses, evidence and protective factors. */
    void delete(String analysisId) {
        neo4j.query("""
                        MATCH (a:Analysis {id: $id})
                        OPTIONAL MATCH (a)-[:HAS_HYPOTHESIS|PROTECTED_BY]->(part)
                        OPTIONAL MATCH (part)-[:SUPPORTED_BY|CONTRADICTED_BY]->(evidence:AnalysisFactor)
                        WITH a, collect(DISTINCT part) + collect(DISTINCT evidence) AS parts
                        FOREACH (node IN parts | DETACH DELETE node)
                        DETACH DELETE a""")
                .bind(analysisId).to("id")
                .run();
    }

    private static void addFactors(List<Map<String, Object>> factors, String kind, String hypothesisId, List<FactorInput> inputs) {
        var list = SaveAnalysisInput.orEmpty(inputs);
        for (int i = 0; i < list.size(); i++) {
            var factor = new HashMap<String, Object>();
            factor.put("id", Ids.newId());
            factor.put("kind", kind);
            factor.put("hypothesisId", hypothesisId);
            factor.put("text", list.get(i).text().strip());
            factor.put("sortOrder", i);
            factor.put("lifeDomains", list.get(i).lifeDomains().stream().distinct().toList());
            factors.add(factor);
        }
    }
}
