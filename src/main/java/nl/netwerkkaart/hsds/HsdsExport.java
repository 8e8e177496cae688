package nl.netwerkkaart.hsds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import nl.netwerkkaart.graph.Row;

/**
 * Builds HSDS 3.x objects (API form, nested) from what is stored. A record imported from elsewhere goes out as it
 * came: only the fields edited here since (name, status, ages, languages, phone, capacity, location, areas served,
 * organisation, ...) are written into it, found by comparing today's values with those read at import. A resource made
 * here is built from its fields; its nested objects get ids derived from its own, so two exports of the same data are
 * identical. Every service also carries Netwerkkaart's own classification (life domains, expertise terms, kind) as
 * attributes of its own taxonomies, and its changes here as metadata; an import derives both again, so they never
 * count as a change.
 */
final class HsdsExport {

    /** The resource fields an import reads from a service and a local edit may change, in the baseline's names. */
    static final List<String> MERGED = List.of("name", "description", "status", "website", "email",
            "eligibilityDescription", "costDescription", "minimumAge", "maximumAge", "lastVerifiedAt", "languages",
            "phone", "capacity", "free", "locationId", "servesAreaIds", "organisationId");

    private HsdsExport() {
    }

    /** The service as the API serves it by id: with its organization, our classification and our changes. */
    static Map<String, Object> service(Row row) {
        var resource = row.row("resource");
        var serviceId = exportId(resource);
        var document = resource.string("hsdsDocument") != null
                ? merged(HsdsJson.readObject(resource.string("hsdsDocument")), HsdsJson.readObject(resource.string("hsdsBaseline")), row)
                : built(row);
        var organisation = row.values().get("organisation") == null ? null : row.row("organisation");
        if (organisation != null) {
            document.put("organization", organization(organisation));
        }
        var attributes = new ArrayList<Object>(HsdsJson.objects(document.get("attributes")));
        attributes.addAll(ownAttributes(serviceId, row));
        document.put("attributes", attributes);
        var metadata = new ArrayList<Object>(HsdsJson.objects(document.get("metadata")));
        for (var change : row.rows("changes")) {
            metadata.add(object("id", change.string("id"), "resource_id", serviceId, "resource_type", "service",
                    "last_action_date", change.dateTime("changedAt").toOffsetDateTime().toString(),
                    "last_action_type", change.string("action").toLowerCase(),
                    "field_name", String.join(",", change.strings("fields")),
                    "previous_value", "", "replacement_value", "",
                    "updated_by", change.string("changedBy")));
        }
        document.put("metadata", metadata);
        return document;
    }

    /** The service as listed: its one-to-one fields, and its organization and program without their lists (HSDS service_list). */
    static Map<String, Object> listed(Map<String, Object> service) {
        var listed = flat(service);
        for (var single : List.of("organization", "program")) {
            var nested = HsdsJson.object(service.get(single));
            if (nested != null) {
                listed.put(single, flat(nested));
            }
        }
        return listed;
    }

    /** An object's one-to-one fields: without its nested lists and objects. */
    static Map<String, Object> flat(Map<String, Object> object) {
        var flat = new LinkedHashMap<String, Object>();
        object.forEach((key, value) -> {
            if (!(value instanceof List<?>) && !(value instanceof Map<?, ?>)) {
                flat.put(key, value);
            }
        });
        return flat;
    }

    static String exportId(Row resource) {
        return resource.string("hsdsId") != null ? resource.string("hsdsId") : resource.string("id");
    }

    /** An organisation as HSDS organization, without its services. */
    static Map<String, Object> organization(Row organisation) {
        var id = exportId(organisation);
        if (organisation.string("hsdsDocument") != null) {
            var document = HsdsJson.readObject(organisation.string("hsdsDocument"));
            var baseline = HsdsJson.readObject(organisation.string("hsdsBaseline"));
            for (var field : List.of("name", "description", "email", "website")) {
                var current = organisation.string(field);
                if (baseline != null && !Objects.equals(current, baseline.get(field))) {
                    put(document, field, current);
                }
            }
            return document;
        }
        var organization = new LinkedHashMap<String, Object>();
        organization.put("id", id);
        organization.put("name", organisation.string("name"));
        // HSDS requires a description; our organisations may have none
        organization.put("description", organisation.string("description") != null ? organisation.string("description") : organisation.string("name"));
        put(organization, "email", organisation.string("email"));
        put(organization, "website", organisation.string("website"));
        return organization;
    }

    /**
     * The parts of a service document that stand for the record itself, for telling whether an import changes
     * anything: without its nested organization (a record of its own), without our classification and without the
     * metadata of our own changes, both of which an export adds and an import derives.
     */
    static Map<String, Object> comparable(Map<String, Object> service, Set<String> ownChangeIds) {
        var copy = HsdsJson.copyObject(service);
        copy.remove("organization");
        // the organisation link is compared on its own
        copy.remove("organization_id");
        stripOwn(copy, ownChangeIds);
        return HsdsModel.content(copy, "service");
    }

    /** Removes, in place, the attributes of our own taxonomies and the metadata of our own changes. */
    static void stripOwn(Map<String, Object> service, Set<String> ownChangeIds) {
        if (service.get("attributes") instanceof List<?> attributes) {
            service.put("attributes", new ArrayList<>(HsdsJson.objects(attributes).stream()
                    .filter(attribute -> !HsdsModel.isOwnAttribute(attribute)).toList()));
        }
        if (service.get("metadata") instanceof List<?> metadata) {
            service.put("metadata", new ArrayList<>(HsdsJson.objects(metadata).stream()
                    .filter(entry -> !ownChangeIds.contains(HsdsJson.idKey(entry.get("id")))).toList()));
        }
    }

    static Set<String> changeIds(Row row) {
        var ids = new HashSet<String>();
        row.rows("changes").forEach(change -> ids.add(change.string("id")));
        return ids;
    }

    /** The values an import would read from the resource as it is now, for comparing with those read at import. */
    static Map<String, Object> current(Row row) {
        var resource = row.row("resource");
        var values = new LinkedHashMap<String, Object>();
        values.put("name", resource.string("name"));
        values.put("description", resource.string("description"));
        values.put("status", resource.string("status"));
        values.put("website", resource.string("website"));
        values.put("email", resource.string("email"));
        values.put("eligibilityDescription", resource.string("eligibilityDescription"));
        values.put("costDescription", resource.string("costDescription"));
        values.put("minimumAge", resource.integer("minimumAge"));
        values.put("maximumAge", resource.integer("maximumAge"));
        var verified = resource.date("lastVerifiedAt");
        values.put("lastVerifiedAt", verified == null ? null : verified.toString());
        values.put("languages", resource.strings("languages"));
        values.put("phone", resource.string("phone"));
        values.put("capacity", resource.integer("capacity"));
        values.put("free", resource.bool("free"));
        values.put("locationId", row.row("location").string("id"));
        values.put("servesAreaIds", row.rows("serves").stream().map(area -> area.string("id")).sorted().toList());
        var organisation = row.values().get("organisation") == null ? null : row.row("organisation");
        values.put("organisationId", organisation == null ? null : exportId(organisation));
        return values;
    }

    /** The baseline of a freshly read record: the merged fields of its values, compared as {@link #current} gives them. */
    static Map<String, Object> baseline(Map<String, Object> values, String organisationExportId) {
        var baseline = new LinkedHashMap<String, Object>();
        for (var field : MERGED) {
            baseline.put(field, values.get(field));
        }
        baseline.put("servesAreaIds", ((List<?>) values.get("servesAreaIds")).stream().map(String::valueOf).sorted().toList());
        baseline.put("organisationId", organisationExportId);
        return baseline;
    }

    /** The stored record with today's value of every merged field that changed here since the import. */
    private static Map<String, Object> merged(Map<String, Object> document, Map<String, Object> baseline, Row row) {
        var current = current(row);
        var serviceId = exportId(row.row("resource"));
        for (var field : MERGED) {
            var now = current.get(field);
            var then = baseline == null ? now : baseline.get(field);
            if (same(now, then)) {
                continue;
            }
            switch (field) {
                case "name" -> put(document, "name", now);
                case "description" -> put(document, "description", now);
                case "status" -> put(document, "status", status((String) now));
                case "website" -> put(document, "url", now);
                case "email" -> put(document, "email", now);
                case "eligibilityDescription" -> put(document, "eligibility_description", now);
                case "costDescription" -> put(document, "fees_description", now);
                case "minimumAge" -> put(document, "minimum_age", now);
                case "maximumAge" -> put(document, "maximum_age", now);
                case "lastVerifiedAt" -> put(document, "assured_date", now);
                case "languages" -> document.put("languages", languages(serviceId, HsdsJson.objects(document.get("languages")), row.row("resource").strings("languages")));
                case "phone" -> document.put("phones", phones(serviceId, HsdsJson.objects(document.get("phones")), (String) now));
                case "capacity" -> document.put("capacities", capacities(serviceId, HsdsJson.objects(document.get("capacities")), row));
                case "free" -> document.put("cost_options", costs(serviceId, HsdsJson.objects(document.get("cost_options")), (Boolean) now));
                case "locationId" -> document.put("service_at_locations", List.of(atLocation(serviceId, row)));
                case "servesAreaIds" -> document.put("service_areas", serviceAreas(serviceId, row));
                case "organisationId" -> {
                    if (document.containsKey("organization_id")) {
                        put(document, "organization_id", now);
                    }
                }
                default -> throw new IllegalStateException("unmerged field " + field);
            }
        }
        return document;
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return HsdsJson.decimal(x).compareTo(HsdsJson.decimal(y)) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.stream().map(String::valueOf).toList().equals(y.stream().map(String::valueOf).toList());
        }
        return Objects.equals(a, b);
    }

    private static String status(String status) {
        return status.toLowerCase().replace('_', ' ');
    }

    private static List<Object> languages(String serviceId, List<Map<String, Object>> stored, List<String> codes) {
        var languages = new ArrayList<Object>();
        var kept = new HashSet<String>();
        for (var language : stored) {
            var code = HsdsJson.idKey(language.get("code"));
            if (code != null && codes.contains(code)) {
                languages.add(language);
                kept.add(code);
            }
        }
        for (var code : codes) {
            if (!kept.contains(code)) {
                languages.add(object("id", derived(serviceId, "language", code), "service_id", serviceId, "code", code, "name", code));
            }
        }
        return languages;
    }

    private static List<Object> phones(String serviceId, List<Map<String, Object>> stored, String number) {
        var phones = new ArrayList<Object>(stored);
        if (number == null) {
            if (!phones.isEmpty()) {
                phones.remove(0);
            }
        }
        else if (phones.isEmpty()) {
            phones.add(object("id", derived(serviceId, "phone", "0"), "service_id", serviceId, "number", number));
        }
        else {
            var first = HsdsJson.copyObject(stored.get(0));
            first.put("number", number);
            phones.set(0, first);
        }
        return phones;
    }

    private static List<Object> capacities(String serviceId, List<Map<String, Object>> stored, Row row) {
        var resource = row.row("resource");
        var available = resource.integer("capacity");
        var capacities = new ArrayList<Object>(stored);
        if (available == null) {
            if (!capacities.isEmpty()) {
                capacities.remove(0);
            }
            return capacities;
        }
        var updated = resource.dateTime("updatedAt").toOffsetDateTime().toString();
        if (capacities.isEmpty()) {
            capacities.add(capacity(serviceId, available, updated));
        }
        else {
            var first = HsdsJson.copyObject(stored.get(0));
            first.put("available", available);
            first.put("updated", updated);
            capacities.set(0, first);
        }
        return capacities;
    }

    /** HSDS 3.1 service capacity: places available, in the unit "plaatsen". */
    private static Map<String, Object> capacity(String serviceId, int available, String updated) {
        return object("id", derived(serviceId, "capacity", "0"), "service_id", serviceId,
                "unit", object("id", derived(serviceId, "unit", "0"), "name", "plaatsen"),
                "available", available, "updated", updated);
    }

    private static List<Object> costs(String serviceId, List<Map<String, Object>> stored, boolean free) {
        var costs = new ArrayList<Object>();
        boolean anyFree = false;
        for (var cost : stored) {
            var zero = cost.get("amount") instanceof Number amount && HsdsJson.decimal(amount).signum() == 0;
            anyFree |= zero;
            if (free || !zero) {
                costs.add(cost);
            }
        }
        if (free && !anyFree) {
            costs.add(freeOption(serviceId));
        }
        return costs;
    }

    private static Map<String, Object> freeOption(String serviceId) {
        return object("id", derived(serviceId, "cost", "free"), "service_id", serviceId, "option", "Gratis",
                "amount", 0, "currency", "EUR");
    }

    /** A service made here, built from its fields. */
    private static Map<String, Object> built(Row row) {
        var resource = row.row("resource");
        var serviceId = exportId(resource);
        var service = new LinkedHashMap<String, Object>();
        service.put("id", serviceId);
        service.put("name", resource.string("name"));
        put(service, "description", resource.string("description"));
        put(service, "url", resource.string("website"));
        put(service, "email", resource.string("email"));
        service.put("status", status(resource.string("status")));
        put(service, "fees_description", resource.string("costDescription"));
        put(service, "eligibility_description", resource.string("eligibilityDescription"));
        put(service, "minimum_age", resource.integer("minimumAge"));
        put(service, "maximum_age", resource.integer("maximumAge"));
        var verified = resource.date("lastVerifiedAt");
        put(service, "assured_date", verified == null ? null : verified.toString());
        var organisation = row.values().get("organisation") == null ? null : row.row("organisation");
        if (organisation != null) {
            service.put("organization_id", exportId(organisation));
        }
        service.put("languages", languages(serviceId, List.of(), resource.strings("languages")));
        service.put("phones", phones(serviceId, List.of(), resource.string("phone")));

        var schedules = new ArrayList<Map<String, Object>>();
        var stored = HsdsJson.objects(HsdsJson.read(resource.string("schedules")));
        for (int i = 0; i < stored.size(); i++) {
            var s = stored.get(i);
            var schedule = object("id", derived(serviceId, "schedule", String.valueOf(i)), "service_id", serviceId);
            put(schedule, "freq", s.get("freq"));
            put(schedule, "interval", s.get("interval"));
            put(schedule, "byday", s.get("byday"));
            put(schedule, "bymonthday", s.get("bymonthday") == null ? null : HsdsJson.cell(s.get("bymonthday")));
            put(schedule, "opens_at", s.get("opensAt"));
            put(schedule, "closes_at", s.get("closesAt"));
            put(schedule, "valid_from", s.get("validFrom"));
            put(schedule, "valid_to", s.get("validTo"));
            put(schedule, "description", s.get("description"));
            schedules.add(schedule);
        }
        service.put("schedules", schedules);

        var contacts = new ArrayList<Map<String, Object>>();
        var storedContacts = HsdsJson.objects(HsdsJson.read(resource.string("contacts")));
        for (int i = 0; i < storedContacts.size(); i++) {
            var c = storedContacts.get(i);
            var contactId = derived(serviceId, "contact", String.valueOf(i));
            var contact = object("id", contactId, "service_id", serviceId);
            put(contact, "name", c.get("name"));
            put(contact, "title", c.get("title"));
            put(contact, "email", c.get("email"));
            if (c.get("phone") != null) {
                contact.put("phones", List.of(object("id", derived(contactId, "phone", "0"), "contact_id", contactId, "number", c.get("phone"))));
            }
            contacts.add(contact);
        }
        service.put("contacts", contacts);

        var costs = new ArrayList<Object>();
        var storedCosts = HsdsJson.objects(HsdsJson.read(resource.string("costOptions")));
        for (int i = 0; i < storedCosts.size(); i++) {
            var c = storedCosts.get(i);
            var cost = object("id", derived(serviceId, "cost", String.valueOf(i)), "service_id", serviceId);
            put(cost, "option", c.get("option"));
            put(cost, "amount", c.get("amount"));
            put(cost, "currency", c.get("currency"));
            put(cost, "amount_description", c.get("amountDescription"));
            costs.add(cost);
        }
        if (costs.isEmpty() && resource.bool("free")) {
            costs.add(freeOption(serviceId));
        }
        service.put("cost_options", costs);
        if (resource.integer("capacity") != null) {
            service.put("capacities", List.of(capacity(serviceId, resource.integer("capacity"),
                    resource.dateTime("updatedAt").toOffsetDateTime().toString())));
        }
        service.put("service_areas", serviceAreas(serviceId, row));
        service.put("service_at_locations", List.of(atLocation(serviceId, row)));
        for (var term : HsdsJson.objects(HsdsJson.read(resource.string("taxonomyTerms")))) {
            // terms a resource kept from an import before records were kept whole
            var termId = term.get("hsdsId") != null ? String.valueOf(term.get("hsdsId"))
                    : derived("term", String.valueOf(term.get("taxonomy")), term.get("code") + "/" + term.get("name"));
            var name = term.get("name") != null ? term.get("name") : term.get("code");
            var attributes = new ArrayList<Object>(HsdsJson.objects(service.get("attributes")));
            attributes.add(attribute(serviceId, termId, term.get("code"), name, (String) term.get("taxonomy")));
            service.put("attributes", attributes);
        }
        return service;
    }

    private static List<Object> serviceAreas(String serviceId, Row row) {
        var areas = new ArrayList<Object>();
        for (var area : row.rows("serves")) {
            var serviceArea = object("id", derived(serviceId, "area", area.string("id")), "service_id", serviceId, "name", area.string("name"));
            if (area.string("geometry") != null) {
                serviceArea.put("extent", area.string("geometry"));
                serviceArea.put("extent_type", "geojson");
            }
            put(serviceArea, "uri", area.string("code"));
            areas.add(serviceArea);
        }
        return areas;
    }

    private static Map<String, Object> atLocation(String serviceId, Row row) {
        var resource = row.row("resource");
        var area = row.row("location");
        var locationId = derived(serviceId, "location", area.string("id"));
        var location = object("id", locationId, "location_type", "physical",
                "name", resource.string("locationName") != null ? resource.string("locationName") : area.string("name"));
        put(location, "description", resource.string("address"));
        var latitude = resource.decimal("latitude") != null ? resource.decimal("latitude") : area.decimal("latitude");
        var longitude = resource.decimal("longitude") != null ? resource.decimal("longitude") : area.decimal("longitude");
        put(location, "latitude", latitude);
        put(location, "longitude", longitude);
        return object("id", derived(serviceId, "service_at_location", area.string("id")), "service_id", serviceId,
                "location_id", locationId, "location", location);
    }

    /** Our life domains, expertise terms and kind as attributes of our own taxonomies. */
    private static List<Map<String, Object>> ownAttributes(String serviceId, Row row) {
        var attributes = new ArrayList<Map<String, Object>>();
        for (var domain : row.rows("domains")) {
            attributes.add(attribute(serviceId, ownTermId(HsdsModel.DOMAIN_TAXONOMY, domain.string("code")),
                    domain.string("code"), domain.string("name"), HsdsModel.DOMAIN_TAXONOMY));
        }
        for (var expertise : row.rows("expertises")) {
            attributes.add(attribute(serviceId, expertise.string("id"), null, expertise.string("name"), HsdsModel.EXPERTISE_TAXONOMY));
        }
        var kind = row.row("resource").string("kind");
        attributes.add(attribute(serviceId, ownTermId(HsdsModel.KIND_TAXONOMY, kind), kind, kind, HsdsModel.KIND_TAXONOMY));
        return attributes;
    }

    /** The id of one of our own terms of a life domain or kind. */
    static String ownTermId(String taxonomy, String code) {
        return derived("term", taxonomy, code);
    }

    static String ownTaxonomyId(String taxonomy) {
        return derived("taxonomy", taxonomy, "");
    }

    /** A term of one of our own taxonomies, as HSDS 3.x taxonomy_term. */
    static Map<String, Object> ownTerm(String termId, Object code, Object name, String taxonomy) {
        var term = object("id", termId, "name", name, "description", name);
        put(term, "code", code);
        var taxonomyId = ownTaxonomyId(taxonomy);
        term.put("taxonomy", taxonomy);
        term.put("taxonomy_id", taxonomyId);
        term.put("taxonomy_detail", ownTaxonomy(taxonomy));
        return term;
    }

    static Map<String, Object> ownTaxonomy(String taxonomy) {
        return object("id", ownTaxonomyId(taxonomy), "name", taxonomy, "description", switch (taxonomy) {
            case HsdsModel.DOMAIN_TAXONOMY -> "Leefdomeinen (ZRM en gezinsdomeinen) van Netwerkkaart";
            case HsdsModel.EXPERTISE_TAXONOMY -> "Expertisetermen van Netwerkkaart";
            case HsdsModel.KIND_TAXONOMY -> "Soorten voorzieningen van Netwerkkaart";
            default -> taxonomy;
        });
    }

    private static Map<String, Object> attribute(String serviceId, String termId, Object code, Object name, String taxonomy) {
        Map<String, Object> term;
        if (taxonomy == null || HsdsModel.isOwnTaxonomy(taxonomy)) {
            term = taxonomy == null ? object("id", termId, "name", name, "description", name) : ownTerm(termId, code, name, taxonomy);
            if (taxonomy == null) {
                put(term, "code", code);
            }
        }
        else {
            term = object("id", termId, "name", name, "description", name);
            put(term, "code", code);
            term.put("taxonomy", taxonomy);
        }
        return object("id", derived(serviceId, "attribute", termId), "link_id", serviceId, "link_type", "service_type",
                "link_entity", "service", "taxonomy_term_id", termId, "taxonomy_term", term);
    }

    /** A stable UUID for a nested object from its parent's id, its kind and a key. */
    static String derived(String parent, String kind, String key) {
        return UUID.nameUUIDFromBytes((parent + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Map<String, Object> object(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            put(map, (String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Sets a field, or removes it for null. */
    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
        else {
            map.remove(key);
        }
    }
}
