package nl.netwerkkaart.hsds;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.graph.Row;
import tools.jackson.databind.json.JsonMapper;

/**
 * Builds HSDS 3.x service objects (API form, nested) from our resources. Resources made here export under their own
 * id; nested objects get ids derived from their parent's id, so exporting twice gives the same document.
 */
final class HsdsExport {

    private HsdsExport() {
    }

    static Map<String, Object> service(Row row, JsonMapper json) {
        var resource = row.row("resource");
        var serviceId = resource.string("hsdsId") != null ? resource.string("hsdsId") : resource.string("id");
        var service = new LinkedHashMap<String, Object>();
        service.put("id", serviceId);
        service.put("name", resource.string("name"));
        putIfPresent(service, "description", resource.string("description"));
        putIfPresent(service, "url", resource.string("website"));
        putIfPresent(service, "email", resource.string("email"));
        service.put("status", resource.string("status").toLowerCase().replace('_', ' '));
        putIfPresent(service, "fees_description", resource.string("costDescription"));
        putIfPresent(service, "eligibility_description", resource.string("eligibilityDescription"));
        putIfPresent(service, "minimum_age", resource.integer("minimumAge"));
        putIfPresent(service, "maximum_age", resource.integer("maximumAge"));
        var verified = resource.date("lastVerifiedAt");
        putIfPresent(service, "assured_date", verified == null ? null : verified.toString());

        var organisation = row.values().get("organisation") == null ? null : row.row("organisation");
        if (organisation != null) {
            var organizationId = organisation.string("hsdsId") != null ? organisation.string("hsdsId") : organisation.string("id");
            service.put("organization_id", organizationId);
            var organization = new LinkedHashMap<String, Object>();
            organization.put("id", organizationId);
            organization.put("name", organisation.string("name"));
            // HSDS requires a description; our organisations may have none
            organization.put("description", organisation.string("description") != null ? organisation.string("description") : organisation.string("name"));
            putIfPresent(organization, "email", organisation.string("email"));
            putIfPresent(organization, "website", organisation.string("website"));
            service.put("organization", organization);
        }

        var languages = new ArrayList<Map<String, Object>>();
        for (var code : resource.strings("languages")) {
            languages.add(object("id", derived(serviceId, "language", code), "service_id", serviceId, "code", code, "name", code));
        }
        service.put("languages", languages);

        var phones = new ArrayList<Map<String, Object>>();
        if (resource.string("phone") != null) {
            phones.add(object("id", derived(serviceId, "phone", "0"), "service_id", serviceId, "number", resource.string("phone")));
        }
        service.put("phones", phones);

        var schedules = new ArrayList<Map<String, Object>>();
        var storedSchedules = list(resource.string("schedules"), json);
        for (int i = 0; i < storedSchedules.size(); i++) {
            var s = storedSchedules.get(i);
            var schedule = object("id", derived(serviceId, "schedule", String.valueOf(i)), "service_id", serviceId);
            putIfPresent(schedule, "freq", s.get("freq"));
            putIfPresent(schedule, "interval", s.get("interval"));
            putIfPresent(schedule, "byday", s.get("byday"));
            putIfPresent(schedule, "bymonthday", s.get("bymonthday"));
            putIfPresent(schedule, "opens_at", s.get("opensAt"));
            putIfPresent(schedule, "closes_at", s.get("closesAt"));
            putIfPresent(schedule, "valid_from", s.get("validFrom"));
            putIfPresent(schedule, "valid_to", s.get("validTo"));
            putIfPresent(schedule, "description", s.get("description"));
            schedules.add(schedule);
        }
        service.put("schedules", schedules);

        var contacts = new ArrayList<Map<String, Object>>();
        var storedContacts = list(resource.string("contacts"), json);
        for (int i = 0; i < storedContacts.size(); i++) {
            var c = storedContacts.get(i);
            var contactId = derived(serviceId, "contact", String.valueOf(i));
            var contact = object("id", contactId, "service_id", serviceId);
            putIfPresent(contact, "name", c.get("name"));
            putIfPresent(contact, "title", c.get("title"));
            putIfPresent(contact, "email", c.get("email"));
            if (c.get("phone") != null) {
                contact.put("phones", List.of(object("id", derived(contactId, "phone", "0"), "contact_id", contactId, "number", c.get("phone"))));
            }
            contacts.add(contact);
        }
        service.put("contacts", contacts);

        var costs = new ArrayList<Map<String, Object>>();
        var storedCosts = list(resource.string("costOptions"), json);
        for (int i = 0; i < storedCosts.size(); i++) {
            var c = storedCosts.get(i);
            var cost = object("id", derived(serviceId, "cost", String.valueOf(i)), "service_id", serviceId);
            putIfPresent(cost, "option", c.get("option"));
            putIfPresent(cost, "amount", c.get("amount"));
            putIfPresent(cost, "currency", c.get("currency"));
            putIfPresent(cost, "amount_description", c.get("amountDescription"));
            costs.add(cost);
        }
        if (costs.isEmpty() && resource.bool("free")) {
            costs.add(object("id", derived(serviceId, "cost", "free"), "service_id", serviceId, "option", "Gratis",
                    "amount", 0, "currency", "EUR"));
        }
        service.put("cost_options", costs);

        if (resource.integer("capacity") != null) {
            // HSDS 3.1 service capacity; 3.0 readers ignore the extra property
            service.put("capacities", List.of(object("id", derived(serviceId, "capacity", "0"), "service_id", serviceId,
                    "available", resource.integer("capacity"),
                    "unit", object("id", derived(serviceId, "unit", "0"), "name", "plaatsen"))));
        }

        var areas = new ArrayList<Map<String, Object>>();
        for (var area : row.rows("serves")) {
            var serviceArea = object("id", derived(serviceId, "area", area.string("id")), "service_id", serviceId, "name", area.string("name"));
            if (area.string("geometry") != null) {
                serviceArea.put("extent", area.string("geometry"));
                serviceArea.put("extent_type", "geojson");
            }
            putIfPresent(serviceArea, "uri", area.string("code"));
            areas.add(serviceArea);
        }
        service.put("service_areas", areas);

        var area = row.row("location");
        var locationId = derived(serviceId, "location", area.string("id"));
        var location = object("id", locationId, "location_type", "physical",
                "name", resource.string("locationName") != null ? resource.string("locationName") : area.string("name"));
        putIfPresent(location, "description", resource.string("address"));
        var latitude = resource.decimal("latitude") != null ? resource.decimal("latitude") : area.decimal("latitude");
        var longitude = resource.decimal("longitude") != null ? resource.decimal("longitude") : area.decimal("longitude");
        putIfPresent(location, "latitude", latitude);
        putIfPresent(location, "longitude", longitude);
        service.put("service_at_locations", List.of(object("id", derived(serviceId, "service_at_location", area.string("id")),
                "service_id", serviceId, "location_id", locationId, "location", location)));

        var attributes = new ArrayList<Map<String, Object>>();
        for (var term : list(resource.string("taxonomyTerms"), json)) {
            var termId = term.get("hsdsId") != null ? (String) term.get("hsdsId")
                    : derived("term", String.valueOf(term.get("taxonomy")), String.valueOf(term.get("code")) + "/" + term.get("name"));
            var name = term.get("name") != null ? term.get("name") : term.get("code");
            attributes.add(attribute(serviceId, termId, term.get("code"), name, term.get("taxonomy")));
        }
        for (var domain : row.rows("domains")) {
            attributes.add(attribute(serviceId, derived("term", ServiceCheck.DOMAIN_TAXONOMY, domain.string("code")),
                    domain.string("code"), domain.string("name"), ServiceCheck.DOMAIN_TAXONOMY));
        }
        for (var expertise : row.rows("expertises")) {
            attributes.add(attribute(serviceId, expertise.string("id"), null, expertise.string("name"), ServiceCheck.EXPERTISE_TAXONOMY));
        }
        attributes.add(attribute(serviceId, derived("term", ServiceCheck.KIND_TAXONOMY, resource.string("kind")),
                resource.string("kind"), resource.string("kind"), ServiceCheck.KIND_TAXONOMY));
        service.put("attributes", dedupe(attributes));

        var metadata = new ArrayList<Map<String, Object>>();
        for (var change : row.rows("changes")) {
            metadata.add(object("id", change.string("id"), "resource_id", serviceId, "resource_type", "service",
                    "last_action_date", change.dateTime("changedAt").toOffsetDateTime().toString(),
                    "last_action_type", change.string("action").toLowerCase(),
                    "field_name", String.join(",", change.strings("fields")),
                    "previous_value", "", "replacement_value", "",
                    "updated_by", change.string("changedBy")));
        }
        service.put("metadata", metadata);
        return service;
    }

    private static Map<String, Object> attribute(String serviceId, String termId, Object code, Object name, Object taxonomy) {
        var term = object("id", termId, "name", name, "description", name);
        putIfPresent(term, "code", code);
        if (taxonomy != null) {
            // the vendored HSDS 3.x schema nests the taxonomy as an object (later releases call it taxonomy_detail)
            var taxonomyId = derived("taxonomy", String.valueOf(taxonomy), "");
            term.put("taxonomy_id", taxonomyId);
            term.put("taxonomy", object("id", taxonomyId, "name", taxonomy, "description", taxonomy));
        }
        return object("id", derived(serviceId, "attribute", termId), "link_id", serviceId, "link_type", "service_type",
                "link_entity", "service", "taxonomy_term_id", termId, "taxonomy_term", term);
    }

    private static List<Map<String, Object>> dedupe(List<Map<String, Object>> attributes) {
        var byId = new LinkedHashMap<Object, Map<String, Object>>();
        attributes.forEach(attribute -> byId.putIfAbsent(attribute.get("id"), attribute));
        return List.copyOf(byId.values());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(String text, JsonMapper json) {
        return text == null ? List.of() : json.readValue(text, List.class);
    }

    /** A stable UUID for a nested object from its parent's id, its kind and a key. */
    private static String derived(String parent, String kind, String key) {
        return UUID.nameUUIDFromBytes((parent + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, Object> object(Object... pairs) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            putIfPresent(map, (String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
