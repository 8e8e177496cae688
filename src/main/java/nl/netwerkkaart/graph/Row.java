package nl.netwerkkaart.graph;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Typed access to one result map from {@code Neo4jClient.fetch()}, so read models map in one line per field.
 * Numbers arrive as {@code Long}; absent properties as {@code null}.
 */
public record Row(Map<String, Object> values) {

    public static Row of(Object map) {
        @SuppressWarnings("unchecked")
        var values = (Map<String, Object>) map;
        return new Row(values);
    }

    public String string(String key) {
        return (String) values.get(key);
    }

    public Integer integer(String key) {
        var value = (Number) values.get(key);
        return value == null ? null : value.intValue();
    }

    public Double decimal(String key) {
        var value = (Number) values.get(key);
        return value == null ? null : value.doubleValue();
    }

    public boolean bool(String key) {
        return Boolean.TRUE.equals(values.get(key));
    }

    public LocalDate date(String key) {
        return (LocalDate) values.get(key);
    }

    public ZonedDateTime dateTime(String key) {
        return (ZonedDateTime) values.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> strings(String key) {
        var value = (List<String>) values.get(key);
        return value == null ? List.of() : value;
    }

    public Row row(String key) {
        var value = values.get(key);
        return value == null ? null : of(value);
    }

    @SuppressWarnings("unchecked")
    public List<Row> rows(String key) {
        var value = (List<Object>) values.get(key);
        return value == null ? List.of() : value.stream().map(Row::of).toList();
    }
}
