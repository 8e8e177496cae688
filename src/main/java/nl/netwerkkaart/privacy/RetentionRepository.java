package nl.netwerkkaart.privacy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class RetentionRepository {

    private final Neo4jClient neo4j;

    RetentionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The families whose help ended before {@code cutoff}. Help has ended when every help question of the family is
     * closed, on the day (Europe/Amsterdam) the last one was; a family with an open question, or with no question at
     * all, has no end of help yet.
     *
     * @param municipalityId only families living in this municipality; null for those of every municipality
     */
    List<RetainedFamily> helpEndedBefore(LocalDate cutoff, String municipalityId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("cutoff", cutoff);
        parameters.put("municipalityId", municipalityId);
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion)
                        WHERE $municipalityId IS NULL
                           OR EXISTS { (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) }
                        WITH f, max(h.closedAt) AS lastClosed, count(h) AS questions,
                             count(CASE WHEN h.status = 'CLOSED' THEN h.closedAt END) AS closed
                        WHERE closed = questions
                        WITH f, date(datetime({datetime: lastClosed, timezone: 'Europe/Amsterdam'})) AS helpEndedOn
                        WHERE helpEndedOn < $cutoff
                        RETURN f.id AS familyId, [(f)-[:COACHED_BY]->(c:Professional) | c.id][0] AS coachId, helpEndedOn
                        ORDER BY helpEndedOn, familyId""")
                .bindAll(parameters)
                .fetch().all().stream()
                .map(Row::new)
                .map(r -> new RetainedFamily(r.string("familyId"), r.string("coachId"), r.date("helpEndedOn")))
                .toList();
    }
}
