package nl.netwerkkaart.hsds;

import java.util.List;

/**
 * What an import did. The counts are of services; {@code records} has an entry for every record, of any type.
 *
 * @param created       services new to the municipality, now created
 * @param updated       services known before whose data changed, now updated
 * @param unchanged     services known before with the same data; nothing written
 * @param refused       services refused, each with its reasons in {@code errors}
 * @param records       every record with what happened to it
 * @param errors        why records were refused, one entry per problem
 * @param flags         what was accepted as it came but does not fit the municipality, one entry per problem
 * @param unmappedTerms the unmapped terms as {@code taxonomy:code (name)} or {@code code (name)}, sorted, each once
 * @param batches       how many transactions wrote the records
 */
public record HsdsImportReport(int created, int updated, int unchanged, int refused, List<RecordOutcome> records,
                               List<Problem> errors, List<Problem> flags, List<String> unmappedTerms, int batches) {

    public enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    /**
     * One record and what happened to it.
     *
     * @param record where it is, e.g. {@code services[2]} or {@code services.csv row 3}
     * @param type   {@code service}, {@code organization}, {@code taxonomy}, {@code taxonomy_term} or another table
     * @param hsdsId its HSDS id, when it has one
     * @param name   its name, when it has one
     */
    public record RecordOutcome(String record, String type, String hsdsId, String name, Outcome outcome) {
    }

    /**
     * A problem with a record: why it was refused, or what does not fit.
     *
     * @param record where it is, e.g. {@code services[2]} or {@code services.csv row 3}
     * @param hsdsId the record's HSDS id, when it has a valid one
     * @param name   the record's name, when it has one
     * @param field  the HSDS field, e.g. {@code minimum_age} or {@code schedules[0].opens_at}
     */
    public record Problem(String record, String hsdsId, String name, String field, String reason) {
    }
}
