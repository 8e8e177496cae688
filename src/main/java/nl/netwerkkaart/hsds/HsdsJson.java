package nl.netwerkkaart.hsds;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * HSDS documents as plain maps and lists, kept as they came: numbers as {@link BigDecimal} when they have a fraction,
 * so 51.123456789012345 is not rounded through a double; a canonical text for comparing two documents whatever their
 * key order or number spelling (35 and 35.0 are the same amount).
 */
final class HsdsJson {

    /** Reads and writes stored documents; floats stay exact. */
    static final JsonMapper MAPPER = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private HsdsJson() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Object read(String text) {
        return text == null ? null : MAPPER.readValue(text, Object.class);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readObject(String text) {
        return text == null ? null : MAPPER.readValue(text, LinkedHashMap.class);
    }

    /** A deep copy with mutable maps (key order kept) and lists. */
    @SuppressWarnings("unchecked")
    static Object copy(Object value) {
        if (value instanceof Map<?, ?> map) {
            var copy = new LinkedHashMap<String, Object>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), copy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            var copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(copy(item)));
            return copy;
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copyObject(Map<String, Object> value) {
        return (Map<String, Object>) copy(value);
    }

    /** The value with sorted keys and numbers in one spelling, as text: equal documents give equal text. */
    static String canonical(Object value) {
        return MAPPER.writeValueAsString(canonicalValue(value));
    }

    private static Object canonicalValue(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonicalValue(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HsdsJson::canonicalValue).toList();
        }
        if (value instanceof Number number) {
            return decimal(number).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    /** A number as a table cell: no exponent, no invented decimals. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return decimal(number).toPlainString();
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return write(value);
        }
        return String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    /** The objects of a list value; what is not an object is skipped. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> objects(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        var objects = new ArrayList<Map<String, Object>>();
        for (var item : list) {
            if (item instanceof Map<?, ?> map) {
                objects.add((Map<String, Object>) map);
            }
        }
        return objects;
    }

    static String string(Map<String, Object> object, String key) {
        return object != null && object.get(key) instanceof String text ? text : null;
    }

    /** An id as a key: lower case, as UUIDs compare. */
    static String idKey(Object id) {
        return id instanceof String text && !text.isBlank() ? text.strip().toLowerCase(java.util.Locale.ROOT) : null;
    }
}
