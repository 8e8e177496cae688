package nl.netwerkkaart.hsds;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How HSDS 3.x objects nest, as its schemas define it: which property of which object holds objects of which table,
 * and which column ties a row of that table to its parent. The API form nests; the tabular form (CSV with
 * datapackage.json) keeps one table per object type and ties rows by these columns. One description serves both
 * directions, so reading tables and writing them cannot drift apart.
 */
final class HsdsModel {

    /**
     * A nested property.
     *
     * @param property     the property in the parent object, e.g. {@code phones}
     * @param table        the table (datapackage resource name) of the nested objects, e.g. {@code phone}
     * @param childColumn  for a list: the column of the child that holds the parent's id, e.g. {@code service_id}
     * @param parentColumn for a single object: the column of the parent that holds the child's id, e.g.
     *                     {@code organization_id}
     */
    record Nested(String property, String table, String childColumn, String parentColumn) {

        boolean single() {
            return parentColumn != null;
        }
    }

    /** The taxonomies Netwerkkaart writes its own classification in; their terms are derived, never stored. */
    static final String DOMAIN_TAXONOMY = "netwerkkaart-leefdomeinen";
    static final String EXPERTISE_TAXONOMY = "netwerkkaart-expertises";
    static final String KIND_TAXONOMY = "netwerkkaart-soorten";
    static final Set<String> OWN_TAXONOMIES = Set.of(DOMAIN_TAXONOMY, EXPERTISE_TAXONOMY, KIND_TAXONOMY);

    /** Table (datapackage resource) names and their files in HSDS 3.0, with the 3.1 additions. */
    static final Map<String, String> FILES = files();

    /** Nested properties by the table of the parent object. */
    static final Map<String, List<Nested>> NESTED = nested();

    private HsdsModel() {
    }

    private static Map<String, String> files() {
        var files = new LinkedHashMap<String, String>();
        for (var pair : List.of("organization:organizations.csv", "program:programs.csv", "service:services.csv",
                "attribute:attributes.csv", "service_at_location:service_at_location.csv", "location:locations.csv",
                "phone:phones.csv", "contact:contacts.csv", "address:addresses.csv", "schedule:schedules.csv",
                "funding:funding.csv", "service_area:service_areas.csv", "required_document:required_documents.csv",
                "language:languages.csv", "accessibility:accessibility.csv", "taxonomy_term:taxonomy_terms.csv",
                "metadata:metadata.csv", "meta_table_description:meta_table_descriptions.csv",
                "cost_option:cost_options.csv", "organization_identifier:organization_identifiers.csv",
                "taxonomy:taxonomies.csv", "service_capacity:service_capacity.csv", "unit:units.csv", "url:url.csv")) {
            var parts = pair.split(":");
            files.put(parts[0], parts[1]);
        }
        return files;
    }

    private static Nested list(String property, String table, String childColumn) {
        return new Nested(property, table, childColumn, null);
    }

    private static Nested single(String property, String table, String parentColumn) {
        return new Nested(property, table, null, parentColumn);
    }

    private static Map<String, List<Nested>> nested() {
        var attributes = list("attributes", "attribute", "link_id");
        var metadata = list("metadata", "metadata", "resource_id");
        var nested = new LinkedHashMap<String, List<Nested>>();
        nested.put("service", List.of(list("phones", "phone", "service_id"), list("schedules", "schedule", "service_id"),
                list("service_areas", "service_area", "service_id"),
                list("service_at_locations", "service_at_location", "service_id"),
                list("languages", "language", "service_id"), single("organization", "organization", "organization_id"),
                list("funding", "funding", "service_id"), list("cost_options", "cost_option", "service_id"),
                single("program", "program", "program_id"), list("required_documents", "required_document", "service_id"),
                list("contacts", "contact", "service_id"), list("capacities", "service_capacity", "service_id"),
                list("additional_urls", "url", "service_id"), attributes, metadata));
        nested.put("organization", List.of(list("funding", "funding", "organization_id"),
                list("contacts", "contact", "organization_id"), list("phones", "phone", "organization_id"),
                list("locations", "location", "organization_id"), list("programs", "program", "organization_id"),
                list("organization_identifiers", "organization_identifier", "organization_id"),
                list("additional_websites", "url", "organization_id"), attributes, metadata));
        nested.put("service_at_location", List.of(list("contacts", "contact", "service_at_location_id"),
                list("phones", "phone", "service_at_location_id"), list("schedules", "schedule", "service_at_location_id"),
                list("service_areas", "service_area", "service_at_location_id"),
                single("location", "location", "location_id"), attributes, metadata));
        nested.put("location", List.of(list("languages", "language", "location_id"),
                list("addresses", "address", "location_id"), list("contacts", "contact", "location_id"),
                list("accessibility", "accessibility", "location_id"), list("phones", "phone", "location_id"),
                list("schedules", "schedule", "location_id"), attributes, metadata));
        nested.put("phone", List.of(list("languages", "language", "phone_id"), attributes, metadata));
        nested.put("contact", List.of(list("phones", "phone", "contact_id"), attributes, metadata));
        nested.put("attribute", List.of(single("taxonomy_term", "taxonomy_term", "taxonomy_term_id"), metadata));
        nested.put("taxonomy_term", List.of(single("taxonomy_detail", "taxonomy", "taxonomy_id"), metadata));
        nested.put("service_capacity", List.of(single("unit", "unit", "unit_id"), attributes, metadata));
        for (var table : List.of("schedule", "service_area", "language", "funding", "cost_option", "program",
                "required_document", "address", "accessibility", "organization_identifier", "unit", "url")) {
            nested.put(table, List.of(attributes, metadata));
        }
        nested.put("taxonomy", List.of(metadata));
        nested.put("metadata", List.of());
        nested.put("meta_table_description", List.of());
        return nested;
    }

    /** Columns of a table that point at the object it is nested in (e.g. a phone's service_id, contact_id, ...). */
    private static final Map<String, Set<String>> PARENT_POINTERS = parentPointers();

    private static Map<String, Set<String>> parentPointers() {
        var pointers = new LinkedHashMap<String, Set<String>>();
        NESTED.values().forEach(list -> list.stream().filter(n -> !n.single()).forEach(n ->
                pointers.computeIfAbsent(n.table(), t -> new java.util.HashSet<>()).add(n.childColumn())));
        return pointers;
    }

    /**
     * An object as its content, whatever form it came in: without empty lists, without the columns by which a nested
     * object points at its parent, and without a parent's column naming a nested object it holds. The nested (API) and
     * tabular (CSV) forms of one record, and a record with or without those pointers, come out the same.
     */
    static Map<String, Object> content(Map<String, Object> object, String table) {
        return content(object, table, false);
    }

    private static Map<String, Object> content(Map<String, Object> object, String table, boolean nested) {
        var pointers = nested ? PARENT_POINTERS.getOrDefault(table, Set.of()) : Set.<String>of();
        var copy = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> {
            if (!(value instanceof List<?> list && list.isEmpty()) && !pointers.contains(key)) {
                copy.put(key, value);
            }
        });
        for (var n : NESTED.getOrDefault(table, List.of())) {
            var value = copy.get(n.property());
            if (n.single() && value instanceof Map<?, ?>) {
                copy.put(n.property(), content(HsdsJson.object(value), n.table(), true));
                copy.remove(n.parentColumn());
            }
            else if (!n.single() && value instanceof List<?> list) {
                copy.put(n.property(), list.stream()
                        .map(item -> item instanceof Map<?, ?> ? (Object) content(HsdsJson.object(item), n.table(), true) : item)
                        .toList());
            }
        }
        return copy;
    }

    /**
     * Adds an object and everything nested in it to tables of rows, by table and id: each row holds the object's own
     * fields, the column pointing at its parent when it lacks it, and the parent's column naming a single nested
     * object. A row already there for the id keeps its values and gains the ones it lacked.
     *
     * @return the object's row
     */
    static Map<String, Object> flatten(Map<String, Object> object, String table, Map<String, Map<String, Map<String, Object>>> tables,
                                       String parentColumn, Object parentId) {
        var row = new LinkedHashMap<String, Object>();
        var nestedProperties = new java.util.HashSet<String>();
        NESTED.getOrDefault(table, List.of()).forEach(n -> nestedProperties.add(n.property()));
        object.forEach((key, value) -> {
            if (!nestedProperties.contains(key) && value != null) {
                row.put(key, value);
            }
        });
        if (parentColumn != null && parentId != null && row.get(parentColumn) == null) {
            row.put(parentColumn, parentId);
        }
        for (var n : NESTED.getOrDefault(table, List.of())) {
            var value = object.get(n.property());
            if (n.single() && value instanceof Map<?, ?>) {
                var child = HsdsJson.object(value);
                if (row.get(n.parentColumn()) == null && child.get("id") != null) {
                    row.put(n.parentColumn(), child.get("id"));
                }
                flatten(child, n.table(), tables, null, null);
            }
            else if (!n.single()) {
                for (var child : HsdsJson.objects(value)) {
                    flatten(child, n.table(), tables, n.childColumn(), object.get("id"));
                }
            }
        }
        var id = HsdsJson.idKey(row.get("id"));
        var rows = tables.computeIfAbsent(table, t -> new LinkedHashMap<>());
        var key = id != null ? id : "#" + rows.size();
        var existing = rows.get(key);
        if (existing == null) {
            rows.put(key, row);
            return row;
        }
        row.forEach(existing::putIfAbsent);
        return existing;
    }

    /** Whether a taxonomy is one of ours; null is none. */
    static boolean isOwnTaxonomy(String taxonomy) {
        return taxonomy != null && OWN_TAXONOMIES.contains(taxonomy);
    }

    /** The taxonomy a term names: its text {@code taxonomy}, else its {@code taxonomy_detail}'s name (3.x); else null. */
    static String taxonomyOf(Map<String, Object> term) {
        if (term == null) {
            return null;
        }
        if (term.get("taxonomy") instanceof String text) {
            return text;
        }
        // the 2022 drafts nested the taxonomy as an object under "taxonomy"
        var detail = HsdsJson.object(term.get("taxonomy_detail") != null ? term.get("taxonomy_detail") : term.get("taxonomy"));
        return HsdsJson.string(detail, "name");
    }

    /** Whether an attribute states Netwerkkaart's own classification (written by an export, derived again on import). */
    static boolean isOwnAttribute(Map<String, Object> attribute) {
        return isOwnTaxonomy(taxonomyOf(HsdsJson.object(attribute.get("taxonomy_term"))));
    }
}
