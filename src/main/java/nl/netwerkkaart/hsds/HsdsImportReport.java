package nl.netwerkkaart.hsds;

import java.util.List;

/**
 * What an import did: counts of valid records by effect, the refused records and the taxonomy terms no mapping covers.
 *
 * @param unmappedTerms the unmapped terms as {@code taxonomy:code (name)} or {@code code (name)}, sorted, each once
 */
public record HsdsImportReport(int created, int updated, int unchanged, List<RecordError> errors, List<String> unmappedTerms) {

    /**
     * A refused record: which one, which field and why.
     *
     * @param record where it is, e.g. {@code services[2]} or {@code services.csv row 3}
     * @param hsdsId the record's HSDS id, when it has one
     * @param field  the HSDS field, e.g. {@code minimum_age} or {@code schedules[0].opens_at}
     */
    public record RecordError(String record, String hsdsId, String field, String reason) {
    }
}
