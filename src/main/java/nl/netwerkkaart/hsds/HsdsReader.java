package nl.netwerkkaart.hsds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;

/**
 * Turns what a caller sends into HSDS records in the API's nested form: a JSON document (a service, organization,
 * service_at_location, taxonomy or taxonomy_term object, a list of them, or an API page with {@code contents}) or a
 * zip of the HSDS CSV tables with their {@code datapackage.json}. Nothing is dropped: rows of the tables that no
 * service or organization nests are kept as records of their own table.
 */
final class HsdsReader {

    /** Record types besides the tables' own names. */
    static final String SERVICE = "service";
    static final String ORGANIZATION = "organization";
    static final String TAXONOMY = "taxonomy";
    static final String TAXONOMY_TERM = "taxonomy_term";

    /**
     * One record and where it came from, for the report.
     *
     * @param record         where it is, e.g. {@code services[2]} or {@code services.csv row 3}
     * @param type           {@code service}, {@code organization}, {@code taxonomy}, {@code taxonomy_term}, or the
     *                       table of a row no service or organization nests (e.g. {@code metadata})
     * @param object         the object as it came
     * @param organizationId for a service listed inside an organization: that organization's id
     * @param atLocation     for a service that came inside a service_at_location: that entry, without its service
     */
    record Source(String record, String type, Map<String, Object> object, String organizationId,
                  Map<String, Object> atLocation) {

        static Source of(String record, String type, Map<String, Object> object) {
            return new Source(record, type, object, null, null);
        }
    }

    /** Columns that hold numbers when the datapackage does not say (HSDS 3.0 and 3.1 number fields). */
    private static final Set<String> NUMBERS = Set.of("minimum_age", "maximum_age", "latitude", "longitude", "amount",
            "interval", "year_incorporated", "extension", "timezone", "count", "available", "maximum");

    /** Deeper than any HSDS nesting; stops a table that refers to itself. */
    private static final int MAX_DEPTH = 12;

    private HsdsReader() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<Source> read(byte[] bytes, long maxBytes) {
        if (isZip(bytes)) {
            return fromTables(unzip(bytes, maxBytes));
        }
        try {
            return fromJson(HsdsJson.MAPPER.readValue(bytes, Object.class));
        }
        catch (JacksonException e) {
            throw new HsdsDocumentException("is neither a zip of HSDS CSV tables nor valid JSON");
        }
    }

    static List<Source> fromJson(Object document) {
        if (document instanceof Map<?, ?> map && map.get("contents") instanceof List<?> contents) {
            document = contents;
        }
        var sources = new ArrayList<Source>();
        if (document instanceof Map<?, ?> map) {
            add(sources, null, HsdsJson.copyObject(HsdsJson.object(map)));
            return sources;
        }
        if (!(document instanceof List<?> list)) {
            throw new HsdsDocumentException("must be an HSDS object (service, organization, service_at_location, "
                    + "taxonomy or taxonomy_term), a list of them, or an API page with contents");
        }
        for (int i = 0; i < list.size(); i++) {
            var item = HsdsJson.object(list.get(i));
            add(sources, i, item == null ? new LinkedHashMap<>() : HsdsJson.copyObject(item));
        }
        return sources;
    }

    private static void add(List<Source> sources, Integer index, Map<String, Object> object) {
        var type = typeOf(object);
        var record = index == null ? type : plural(type) + "[" + index + "]";
        switch (type) {
            case ORGANIZATION -> {
                var services = HsdsJson.objects(object.remove("services"));
                sources.add(Source.of(record, ORGANIZATION, object));
                var organizationId = HsdsJson.string(object, "id");
                for (int i = 0; i < services.size(); i++) {
                    sources.add(new Source(record + ".services[" + i + "]", SERVICE, services.get(i), organizationId, null));
                }
            }
            case "service_at_location" -> {
                var service = HsdsJson.object(object.remove("service"));
                // without its service the entry cannot be placed: the service is reported as missing
                sources.add(new Source(record + ".service", SERVICE, service == null ? new LinkedHashMap<>() : service, null, object));
            }
            default -> sources.add(Source.of(record, type, object));
        }
    }

    private static String plural(String type) {
        return switch (type) {
            case TAXONOMY -> "taxonomies";
            default -> type + "s";
        };
    }

    /**
     * What an object is, by the fields only that type has: a status only a service; a nested service (or a location
     * without a status) only a service_at_location; services or organization-only fields an organization; a taxonomy,
     * code or parent only a term; a version or uri alone a taxonomy. Anything else is read as a service, so a record
     * missing its status is reported as such.
     */
    static String typeOf(Map<String, Object> object) {
        if (object.containsKey("status")) {
            return SERVICE;
        }
        if (object.containsKey("service") || object.containsKey("location") || object.containsKey("location_id")) {
            return "service_at_location";
        }
        for (var key : List.of("services", "website", "tax_status", "tax_id", "year_incorporated", "legal_status", "logo",
                "parent_organization_id", "organization_identifiers", "locations", "programs", "additional_websites")) {
            if (object.containsKey(key)) {
                return ORGANIZATION;
            }
        }
        for (var key : List.of("taxonomy", "taxonomy_detail", "taxonomy_id", "parent_id", "code", "term_uri", "language")) {
            if (object.containsKey(key)) {
                return TAXONOMY_TERM;
            }
        }
        if ((object.containsKey("version") || object.containsKey("uri")) && !object.containsKey("email")) {
            return TAXONOMY;
        }
        return SERVICE;
    }

    private static Map<String, byte[]> unzip(byte[] bytes, long maxBytes) {
        var files = new HashMap<String, byte[]>();
        long total = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            var buffer = new byte[8192];
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                var out = new ByteArrayOutputStream();
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw new HsdsDocumentException("unpacks to more than " + maxBytes + " bytes");
                    }
                    out.write(buffer, 0, n);
                }
                var name = entry.getName();
                files.put(name.substring(name.lastIndexOf('/') + 1), out.toByteArray());
            }
        }
        catch (IOException e) {
            throw new HsdsDocumentException("is not a readable zip file");
        }
        return files;
    }

    /** The tables joined into nested records, as the HSDS API would serve them; rows nothing nests kept as they are. */
    private static List<Source> fromTables(Map<String, byte[]> files) {
        var datapackage = files.get("datapackage.json");
        if (datapackage == null) {
            throw new HsdsDocumentException("zip has no datapackage.json");
        }
        var paths = new HashMap<String, String>();
        var numbers = new HashMap<String, Set<String>>();
        try {
            var described = HsdsJson.MAPPER.readValue(datapackage, Map.class);
            for (var resource : HsdsJson.objects(described.get("resources"))) {
                if (resource.get("name") instanceof String name && resource.get("path") instanceof String path) {
                    paths.put(name, path.substring(path.lastIndexOf('/') + 1));
                    var schema = HsdsJson.object(resource.get("schema"));
                    if (schema != null && schema.get("fields") instanceof List<?>) {
                        var columns = new HashSet<String>();
                        for (var field : HsdsJson.objects(schema.get("fields"))) {
                            if (("number".equals(field.get("type")) || "integer".equals(field.get("type")))
                                    && field.get("name") instanceof String column) {
                                columns.add(column);
                            }
                        }
                        numbers.put(name, columns);
                    }
                }
            }
        }
        catch (JacksonException e) {
            throw new HsdsDocumentException("datapackage.json is not valid JSON");
        }
        var tables = new Tables();
        for (var table : HsdsModel.FILES.entrySet()) {
            var file = paths.getOrDefault(table.getKey(), table.getValue());
            var bytes = files.get(file);
            if (bytes != null) {
                var rows = Csv.parse(new String(bytes, StandardCharsets.UTF_8), numbers.getOrDefault(table.getKey(), NUMBERS));
                tables.add(table.getKey(), file, rows);
            }
        }
        if (!tables.rows.containsKey(SERVICE) && !tables.rows.containsKey(ORGANIZATION)) {
            throw new HsdsDocumentException("zip has neither a services table (services.csv) nor an organizations table");
        }
        var sources = new ArrayList<Source>();
        var services = tables.rows.getOrDefault(SERVICE, List.of());
        for (int i = 0; i < services.size(); i++) {
            sources.add(Source.of(tables.label(SERVICE, i), SERVICE, tables.nest(SERVICE, services.get(i), 0)));
        }
        var organizations = tables.rows.getOrDefault(ORGANIZATION, List.of());
        for (int i = 0; i < organizations.size(); i++) {
            if (!tables.reached(ORGANIZATION, organizations.get(i))) {
                sources.add(Source.of(tables.label(ORGANIZATION, i), ORGANIZATION, tables.nest(ORGANIZATION, organizations.get(i), 0)));
            }
        }
        for (var table : tables.rows.keySet()) {
            if (table.equals(SERVICE) || table.equals(ORGANIZATION)) {
                continue;
            }
            var rows = tables.rows.get(table);
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                if (table.equals(TAXONOMY) || table.equals(TAXONOMY_TERM) || !tables.reached(table, row)) {
                    sources.add(Source.of(tables.label(table, i), table, new LinkedHashMap<>(row)));
                }
            }
        }
        return sources;
    }

    /** The tables of one zip, with what joining them reached. */
    private static final class Tables {

        final Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        private final Map<String, String> files = new HashMap<>();
        private final Map<String, Map<String, Map<String, Object>>> byId = new HashMap<>();
        private final Map<String, Map<String, List<Map<String, Object>>>> byColumn = new HashMap<>();
        private final Set<String> reached = new HashSet<>();

        void add(String table, String file, List<Map<String, Object>> tableRows) {
            rows.put(table, tableRows);
            files.put(table, file);
            var ids = new HashMap<String, Map<String, Object>>();
            tableRows.forEach(row -> {
                var id = HsdsJson.idKey(row.get("id"));
                if (id != null) {
                    ids.putIfAbsent(id, row);
                }
            });
            byId.put(table, ids);
        }

        String label(String table, int index) {
            // the header is row 1
            return files.get(table) + " row " + (index + 2);
        }

        boolean reached(String table, Map<String, Object> row) {
            return reached.contains(table + ":" + HsdsJson.idKey(row.get("id")));
        }

        private List<Map<String, Object>> children(String table, String column, String parentId) {
            var index = byColumn.computeIfAbsent(table + ":" + column, key -> {
                var byValue = new HashMap<String, List<Map<String, Object>>>();
                for (var row : rows.getOrDefault(table, List.of())) {
                    var value = HsdsJson.idKey(row.get(column));
                    if (value != null) {
                        byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(row);
                    }
                }
                return byValue;
            });
            return parentId == null ? List.of() : index.getOrDefault(parentId, List.of());
        }

        Map<String, Object> nest(String table, Map<String, Object> row, int depth) {
            var object = new LinkedHashMap<String, Object>(row);
            var id = HsdsJson.idKey(row.get("id"));
            reached.add(table + ":" + id);
            if (depth >= MAX_DEPTH) {
                return object;
            }
            for (var nested : HsdsModel.NESTED.getOrDefault(table, List.of())) {
                if (nested.single()) {
                    var childId = HsdsJson.idKey(row.get(nested.parentColumn()));
                    var child = childId == null ? null : byId.getOrDefault(nested.table(), Map.of()).get(childId);
                    if (child != null) {
                        object.put(nested.property(), nest(nested.table(), child, depth + 1));
                    }
                }
                else {
                    var children = children(nested.table(), nested.childColumn(), id);
                    if (!children.isEmpty()) {
                        object.put(nested.property(), children.stream().map(child -> (Object) nest(nested.table(), child, depth + 1)).toList());
                    }
                }
            }
            return object;
        }
    }
}
