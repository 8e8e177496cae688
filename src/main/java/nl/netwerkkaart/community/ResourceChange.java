package nl.netwerkkaart.community;

import java.time.ZonedDateTime;
import java.util.List;

import nl.netwerkkaart.graph.Row;

/** Who changed a community resource, when, how and which fields (HSDS metadata). */
public record ResourceChange(String id, String action, List<String> fields, String changedBy, String source,
                             ZonedDateTime changedAt) {

    static ResourceChange from(Row row) {
        return new ResourceChange(row.string("id"), row.string("action"), row.strings("fields"), row.string("changedBy"),
                row.string("source"), row.dateTime("changedAt"));
    }
}
