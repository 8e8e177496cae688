package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** A ZRM self-reliance assessment of a family, or of one member when {@code personId} is set. */
record Assessment(String id, String familyId, String personId, LocalDate date, List<DomainScore> scores,
                  ZonedDateTime createdAt) {

    /** From the node's properties plus {@code familyId}, {@code personId} and {@code scores} (in reference order). */
    static Assessment from(Row row) {
        var date = row.date("date");
        return new Assessment(row.string("id"), row.string("familyId"), row.string("personId"), date,
                row.rows("scores").stream().map(score -> DomainScore.from(score, date)).toList(), row.dateTime("createdAt"));
    }

    /**
     * The score of one life domain, with the Krachtenwijzer shares in percent; the shares are null for assessments
     * recorded without them.
     */
    record DomainScore(String lifeDomain, LocalDate date, int score, Integer ownStrength, Integer network,
                       Integer professional) {

        static DomainScore from(Row row, LocalDate date) {
            return new DomainScore(row.string("lifeDomain"), date, row.integer("score"), row.integer("ownStrength"),
                    row.integer("network"), row.integer("professional"));
        }
    }
}
