package nl.netwerkkaart.hsds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns what a caller uploads into HSDS service objects in the API's nested form: a JSON document (one service, a
 * list, or an API page with {@code contents}) or a zip of the HSDS CSV tables described by a {@code datapackage.json}.
 */
final class HsdsReader {

    /** A service object and where it came from, for the report. */
    record Source(String record, Map<String, Object> service) {
    }

    /** CSV columns holding numbers, converted so the CSV and JSON forms check alike. */
    private static final Set<String> NUMBERS = Set.of("minimum_age", "maximum_age", "latitude", "longitude", "amount",
            "interval", "bymonthday", "available");

    private HsdsReader() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<Source> read(byte[] bytes, JsonMapper json, long maxBytes) {
        if (isZip(bytes)) {
            return fromTables(unzip(bytes, maxBytes), json);
        }
        try {
            return fromJson(json.readValue(bytes, Object.class));
        }
        catch (JacksonException e) {
            throw new HsdsDocumentException("is neither a zip of HSDS CSV tables nor valid JSON");
        }
    }

    @SuppressWarnings("unchecked")
    static List<Source> fromJson(Object document) {
        if (document instanceof Map<?, ?> map && map.get("contents") instanceof List<?> contents) {
            document = contents;
        }
        if (document instanceof Map<?, ?> map) {
            return List.of(new Source("service", (Map<String, Object>) map));
        }
        if (!(document instanceof List<?> list)) {
            throw new HsdsDocumentException("must be an HSDS service object or a list of them");
        }
        var sources = new ArrayList<Source>();
        for (int i = 0; i < list.size(); i++) {
            var item = list.get(i);
            sources.add(new Source("services[" + i + "]", item instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
        }
        return sources;
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

    /** Joins the tables into nested service objects, as the HSDS API would serve them. */
    private static List<Source> fromTables(Map<String, byte[]> files, JsonMapper json) {
        var datapackage = files.get("datapackage.json");
        if (datapackage == null) {
            throw new HsdsDocumentException("zip has no datapackage.json");
        }
        var paths = new HashMap<String, String>();
        try {
            var described = json.readValue(datapackage, Map.class);
            if (described.get("resources") instanceof List<?> resources) {
                for (var resource : resources) {
                    if (resource instanceof Map<?, ?> r && r.get("name") instanceof String name && r.get("path") instanceof String path) {
                        paths.put(name, path.substring(path.lastIndexOf('/') + 1));
                    }
                }
            }
        }
        catch (JacksonException e) {
            throw new HsdsDocumentException("datapackage.json is not valid JSON");
        }
        var services = table(files, paths, "service", "services.csv");
        if (services == null) {
            throw new HsdsDocumentException("zip has no services table (services.csv)");
        }
        var organizations = byId(table(files, paths, "organization", "organizations.csv"));
        var locations = byId(table(files, paths, "location", "locations.csv"));
        var terms = byId(table(files, paths, "taxonomy_term", "taxonomy_terms.csv"));
        var taxonomies = byId(table(files, paths, "taxonomy", "taxonomies.csv"));
        var phones = rows(table(files, paths, "phone", "phones.csv"));
        var addresses = rows(table(files, paths, "address", "addresses.csv"));
        var atLocations = rows(table(files, paths, "service_at_location", "service_at_locations.csv"));
        var schedules = rows(table(files, paths, "schedule", "schedules.csv"));
        var languages = rows(table(files, paths, "language", "languages.csv"));
        var contacts = rows(table(files, paths, "contact", "contacts.csv"));
        var costs = rows(table(files, paths, "cost_option", "cost_options.csv"));
        var areas = rows(table(files, paths, "service_area", "service_areas.csv"));
        var attributes = rows(table(files, paths, "attribute", "attributes.csv"));
        var capacities = rows(table(files, paths, "service_capacity", "service_capacities.csv"));

        var sources = new ArrayList<Source>();
        for (int i = 0; i < services.size(); i++) {
            var service = new LinkedHashMap<String, Object>(services.get(i));
            var id = service.get("id");
            if (service.get("organization_id") != null) {
                service.put("organization", organizations.get(service.get("organization_id")));
            }
            service.put("phones", where(phones, "service_id", id));
            service.put("schedules", where(schedules, "service_id", id));
            service.put("languages", where(languages, "service_id", id));
            service.put("cost_options", where(costs, "service_id", id));
            service.put("service_areas", where(areas, "service_id", id));
            service.put("capacities", where(capacities, "service_id", id));
            var serviceContacts = new ArrayList<Map<String, Object>>();
            for (var contact : where(contacts, "service_id", id)) {
                var nested = new LinkedHashMap<>(contact);
                nested.put("phones", where(phones, "contact_id", contact.get("id")));
                serviceContacts.add(nested);
            }
            service.put("contacts", serviceContacts);
            var serviceAtLocations = new ArrayList<Map<String, Object>>();
            for (var link : where(atLocations, "service_id", id)) {
                var nested = new LinkedHashMap<>(link);
                var location = locations.get(link.get("location_id"));
                if (location != null) {
                    var nestedLocation = new LinkedHashMap<>(location);
                    nestedLocation.put("addresses", where(addresses, "location_id", location.get("id")));
                    nested.put("location", nestedLocation);
                }
                serviceAtLocations.add(nested);
            }
            service.put("service_at_locations", serviceAtLocations);
            var serviceAttributes = new ArrayList<Map<String, Object>>();
            for (var attribute : where(attributes, "link_id", id)) {
                var nested = new LinkedHashMap<>(attribute);
                var term = terms.get(attribute.get("taxonomy_term_id"));
                if (term != null) {
                    var nestedTerm = new LinkedHashMap<>(term);
                    var taxonomy = taxonomies.get(term.get("taxonomy_id"));
                    if (taxonomy != null && nestedTerm.get("taxonomy") == null) {
                        nestedTerm.put("taxonomy", taxonomy.get("name"));
                    }
                    nested.put("taxonomy_term", nestedTerm);
                }
                serviceAttributes.add(nested);
            }
            service.put("attributes", serviceAttributes);
            sources.add(new Source("services.csv row " + (i + 2), service));
        }
        return sources;
    }

    private static List<Map<String, Object>> table(Map<String, byte[]> files, Map<String, String> paths, String name, String fallback) {
        var bytes = files.get(paths.getOrDefault(name, fallback));
        return bytes == null ? null : Csv.parse(new String(bytes, StandardCharsets.UTF_8), NUMBERS);
    }

    private static Map<Object, Map<String, Object>> byId(List<Map<String, Object>> rows) {
        var byId = new HashMap<Object, Map<String, Object>>();
        if (rows != null) {
            rows.forEach(row -> byId.putIfAbsent(row.get("id"), row));
        }
        return byId;
    }

    private static List<Map<String, Object>> rows(List<Map<String, Object>> rows) {
        return rows == null ? List.of() : rows;
    }

    private static List<Map<String, Object>> where(List<Map<String, Object>> rows, String column, Object value) {
        return value == null ? List.of() : rows.stream().filter(row -> value.equals(row.get(column))).toList();
    }
}
