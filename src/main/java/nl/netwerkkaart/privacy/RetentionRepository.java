package nl.netwerkkaart.privacy;

import java.time.LocalDate;
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
     */
    List<RetainedFamily> helpEndedBefore(LocalDate cutoff) {
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion)
                        WITH f, max(h.closedAt) AS lastClosed, count(h) AS questions,
                             count(CASE WHEN h.status = 'CLOSED' THEN h.closedAt END) AS closed
                        WHERE closed = questions
                        WITH f, date(datetime({datetime: lastClosed, timezone: 'Europe/Amsterdam'})) AS helpEndedOn
                        WHERE helpEndedOn < $cutoff
                        RETURN f.id AS familyId, [(f)-[:COACHED_BY]->(c:Professional) | c.id][0] AS coachId, helpEndedOn
                        ORDER BY helpEndedOn, familyId""")
                .bind(cutoff).to("cutoff")
                .fetch().all().stream()
                .map(Row::new)
                .map(r -> new RetainedFamily(r.string("familyId"), r.string("coachId"), r.date("helpEndedOn")))
                .toList();
    }
}
