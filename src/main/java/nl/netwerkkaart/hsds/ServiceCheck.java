package nl.netwerkkaart.hsds;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;
import nl.netwerkkaart.api.TextCharacters;
import nl.netwerkkaart.area.Area;

/**
 * Reads what Netwerkkaart uses from one HSDS service object: the values of a community resource. The object itself is
 * kept as it came, so nothing here changes it. A record is refused only for what the specification forbids and
 * Netwerkkaart cannot do without (an id that is not a UUID, no name, no valid status, a managed field of the wrong
 * type) and for control or bidirectional formatting characters anywhere in its text. What the specification allows
 * but does not fit the municipality (coordinates out of range, a service area that names no area, a term that maps
 * to no life domain, an age above 120) is accepted and flagged: the value is kept in the record, left out of the
 * resource's own fields, and named in the report for someone to fix. Pure: it reads nothing but the given context.
 */
final class ServiceCheck {

    static final Set<String> KINDS = Set.of("VOLUNTEER_SUPPORT", "CLUB", "FACILITY", "GROUP", "FUND", "SERVICE");
    static final Map<String, String> STATUSES = Map.of("active", "ACTIVE", "inactive", "INACTIVE",
            "defunct", "DEFUNCT", "temporarily closed", "TEMPORARILY_CLOSED");
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$";
    /** A located service farther than this from every kern of the municipality is flagged, not placed by distance. */
    private static final double MAX_KERN_DISTANCE_KM = 25;

    /**
     * What a check needs to know.
     *
     * @param areasByName the municipality and its areas by lower-case name
     * @param kernen      the municipality's kernen, for placing a location by its coordinates
     * @param expertises  our expertise ids by lower-case name
     * @param lifeDomains the known life domain codes
     * @param mapping     the configured mapping by lower-case term (code or name, optionally {@code taxonomy:term})
     */
    record Context(Area municipality, Map<String, Area> areasByName, List<Area> kernen, Map<String, String> expertises,
                   Set<String> lifeDomains, Map<String, HsdsProperties.TermMapping> mapping, LocalDate today) {
    }

    /**
     * The outcome.
     *
     * @param values        the resource's values; null when the record is refused
     * @param errors        why it is refused
     * @param flags         what was accepted but does not fit, each naming the field
     * @param unmappedTerms taxonomy terms no mapping covers
     */
    record Result(Map<String, Object> values, List<HsdsImportReport.Problem> errors, List<HsdsImportReport.Problem> flags,
                  Set<String> unmappedTerms) {
    }

    private final String record;
    private final Map<String, Object> service;
    private final Context context;
    private final List<HsdsImportReport.Problem> errors = new ArrayList<>();
    private final List<HsdsImportReport.Problem> flags = new ArrayList<>();
    private final Set<String> unmapped = new LinkedHashSet<>();
    /** Fields refused for their characters; read as missing, as a text refused for its length is. */
    private final Set<String> badCharacters = new java.util.HashSet<>();
    private String hsdsId;
    private String name;

    private ServiceCheck(String record, Map<String, Object> service, Context context) {
        this.record = record;
        this.service = service;
        this.context = context;
    }

    static Result check(String record, Map<String, Object> service, Context context) {
        var check = new ServiceCheck(record, service, context);
        var values = check.values();
        return new Result(check.errors.isEmpty() ? values : null, check.errors, check.flags, check.unmapped);
    }

    /** Refusals of an organization object; its managed values when there are none. */
    static Result organization(String record, Map<String, Object> organization) {
        var check = new ServiceCheck(record, organization, null);
        var values = new TreeMap<String, Object>();
        check.characters(organization, "");
        var id = check.requiredId("id");
        values.put("hsdsId", id);
        var name = check.text(organization, "name", "name", Limits.NAME);
        if (name == null || name.isBlank()) {
            check.error("name", "is required");
        }
        check.name = name;
        values.put("name", name == null ? null : name.strip());
        values.put("description", check.text(organization, "description", "description", Limits.DESCRIPTION));
        values.put("email", check.email(organization, "email", "email"));
        values.put("website", check.url(organization, "website", "website"));
        return new Result(check.errors.isEmpty() ? values : null, check.errors, check.flags, Set.of());
    }

    private Map<String, Object> values() {
        var values = new TreeMap<String, Object>();
        characters(service, "");
        hsdsId = requiredId("id");
        values.put("hsdsId", hsdsId);
        var name = text(service, "name", "name", Limits.NAME);
        if (name == null || name.isBlank()) {
            error("name", "is required");
        }
        this.name = name;
        values.put("name", name == null ? null : name.strip());
        values.put("description", text(service, "description", "description", Limits.DESCRIPTION));
        var status = service.get("status") instanceof String text ? STATUSES.get(text.toLowerCase(Locale.ROOT)) : null;
        if (status == null) {
            error("status", "must be one of active, inactive, defunct, temporarily closed");
        }
        values.put("status", status);
        values.put("website", url(service, "url", "url"));
        values.put("email", email(service, "email", "email"));
        values.put("eligibilityDescription", text(service, "eligibility_description", "eligibility_description", Limits.DESCRIPTION));
        values.put("costDescription", text(service, "fees_description", "fees_description", Limits.SHORT_TEXT));
        var minimumAge = age("minimum_age");
        var maximumAge = age("maximum_age");
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            flag("maximum_age", "must not be below minimum_age");
            maximumAge = null;
        }
        values.put("minimumAge", minimumAge);
        values.put("maximumAge", maximumAge);
        values.put("lastVerifiedAt", date(service, "assured_date", "assured_date", true));
        values.put("languages", languages());
        values.put("phone", firstPhone(service, "phones"));
        values.put("schedules", schedules());
        values.put("contacts", contacts());
        var costs = costOptions();
        values.put("costOptions", costs);
        values.put("free", !costs.isEmpty() && costs.stream().allMatch(c -> c.get("amount") instanceof Double d && d == 0));
        values.put("capacity", capacity());
        location(values);
        values.put("servesAreaIds", serviceAreas());
        classification(values);
        return values;
    }

    private void error(String field, String reason) {
        errors.add(new HsdsImportReport.Problem(record, hsdsId, name, field, reason));
    }

    private void flag(String field, String reason) {
        flags.add(new HsdsImportReport.Problem(record, hsdsId, name, field, reason));
    }

    private String requiredId(String field) {
        var id = service.get(field);
        if (!(id instanceof String text) || !Ids.isUuid(text.strip())) {
            error(field, "must be a UUID");
            return null;
        }
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses control and bidirectional formatting characters in any text of the record, naming where. */
    private void characters(Object value, String path) {
        if (value instanceof String text) {
            TextCharacters.problem(text, true).ifPresent(problem -> {
                error(path, problem);
                badCharacters.add(path);
            });
        }
        else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> characters(item, path.isEmpty() ? String.valueOf(key) : path + "." + key));
        }
        else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                characters(list.get(i), path + "[" + i + "]");
            }
        }
    }

    /** A text value, or null; wrong type refuses, over-long is flagged and left out. */
    private String text(Map<?, ?> map, String key, String field, int max) {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            error(field, "must be text");
            return null;
        }
        if (badCharacters.contains(field)) {
            return null;
        }
        if (text.length() > max) {
            flag(field, "is longer than " + max + " characters; kept in the record, not shown");
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private String url(Map<?, ?> map, String key, String field) {
        var url = text(map, key, field, Limits.URL);
        if (url != null && !url.matches(Limits.URL_PATTERN)) {
            flag(field, "is not an http(s) address");
            return null;
        }
        return url;
    }

    private String email(Map<?, ?> map, String key, String field) {
        var email = text(map, key, field, Limits.NAME);
        if (email != null && !email.matches(EMAIL)) {
            flag(field, "is not an e-mail address");
            return null;
        }
        return email;
    }

    private Double number(Map<?, ?> map, String key, String field) {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n && Double.isFinite(n.doubleValue())) {
            return n.doubleValue();
        }
        error(field, "must be a number");
        return null;
    }

    private Integer age(String field) {
        var age = number(service, field, field);
        if (age == null) {
            return null;
        }
        if (age < 0 || age > 120 || age != Math.floor(age)) {
            flag(field, "is not a whole number of years from 0 to 120");
            return null;
        }
        return age.intValue();
    }

    private String date(Map<?, ?> map, String key, String field, boolean notFuture) {
        var text = text(map, key, field, 40);
        if (text == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            if (notFuture && date.isAfter(context.today().plusDays(1))) {
                flag(field, "lies in the future");
                return null;
            }
            return date.toString();
        }
        catch (DateTimeParseException e) {
            flag(field, "is not an ISO date, e.g. 2026-01-31");
            return null;
        }
    }

    private List<Map<?, ?>> objects(Map<?, ?> map, String key, String field) {
        var value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(item -> item instanceof Map<?, ?>)) {
            error(field, "must be a list of objects");
            return List.of();
        }
        return list.stream().<Map<?, ?>>map(item -> (Map<?, ?>) item).toList();
    }

    private List<String> languages() {
        var codes = new ArrayList<String>();
        var languages = objects(service, "languages", "languages");
        for (int i = 0; i < languages.size(); i++) {
            var at = "languages[" + i + "]";
            var code = text(languages.get(i), "code", at + ".code", 10);
            if (code == null) {
                continue;
            }
            var lower = code.strip().toLowerCase(Locale.ROOT);
            if (!lower.matches(Limits.LANGUAGE_PATTERN)) {
                flag(at + ".code", "is not an ISO 639-1 code; kept in the record, not used to filter by language");
            }
            else if (!codes.contains(lower) && codes.size() < Limits.LIST) {
                codes.add(lower);
            }
        }
        return codes;
    }

    private String firstPhone(Map<?, ?> map, String field) {
        var phones = objects(map, "phones", field);
        return phones.isEmpty() ? null : text(phones.get(0), "number", field + "[0].number", Limits.PHONE);
    }

    private List<Map<String, Object>> schedules() {
        var result = new ArrayList<Map<String, Object>>();
        var schedules = objects(service, "schedules", "schedules");
        for (int i = 0; i < schedules.size(); i++) {
            var at = "schedules[" + i + "]";
            var schedule = schedules.get(i);
            var values = new LinkedHashMap<String, Object>();
            values.put("freq", text(schedule, "freq", at + ".freq", 20));
            var interval = number(schedule, "interval", at + ".interval");
            values.put("interval", interval == null || interval != Math.floor(interval) ? null : interval.intValue());
            values.put("byday", text(schedule, "byday", at + ".byday", 100));
            // a text in HSDS 3.0 ("2,3,4"); drafts had a number, which reads the same
            var bymonthday = schedule.get("bymonthday");
            values.put("bymonthday", bymonthday instanceof Number n ? HsdsJson.cell(n) : text(schedule, "bymonthday", at + ".bymonthday", 100));
            for (var key : List.of("opens_at", "closes_at")) {
                var time = text(schedule, key, at + "." + key, 20);
                if (time != null && !time.matches(TIME)) {
                    flag(at + "." + key, "is not a time HH:MM");
                    time = null;
                }
                values.put(key.equals("opens_at") ? "opensAt" : "closesAt", time);
            }
            values.put("validFrom", date(schedule, "valid_from", at + ".valid_from", false));
            values.put("validTo", date(schedule, "valid_to", at + ".valid_to", false));
            values.put("description", text(schedule, "description", at + ".description", Limits.DESCRIPTION));
            result.add(values);
        }
        return result;
    }

    private List<Map<String, Object>> contacts() {
        var result = new ArrayList<Map<String, Object>>();
        var contacts = objects(service, "contacts", "contacts");
        for (int i = 0; i < contacts.size(); i++) {
            var at = "contacts[" + i + "]";
            var contact = contacts.get(i);
            var values = new LinkedHashMap<String, Object>();
            values.put("name", text(contact, "name", at + ".name", Limits.NAME));
            values.put("title", text(contact, "title", at + ".title", Limits.NAME));
            values.put("email", email(contact, "email", at + ".email"));
            values.put("phone", firstPhone(contact, at + ".phones"));
            result.add(values);
        }
        return result;
    }

    private List<Map<String, Object>> costOptions() {
        var result = new ArrayList<Map<String, Object>>();
        var options = objects(service, "cost_options", "cost_options");
        for (int i = 0; i < options.size(); i++) {
            var at = "cost_options[" + i + "]";
            var option = options.get(i);
            var values = new LinkedHashMap<String, Object>();
            values.put("option", text(option, "option", at + ".option", Limits.SHORT_TEXT));
            values.put("amount", number(option, "amount", at + ".amount"));
            values.put("currency", text(option, "currency", at + ".currency", 20));
            values.put("amountDescription", text(option, "amount_description", at + ".amount_description", Limits.SHORT_TEXT));
            result.add(values);
        }
        return result;
    }

    /** HSDS 3.1 service capacity: what is available in the first capacity entry, whatever its unit. */
    private Integer capacity() {
        var capacities = objects(service, "capacities", "capacities");
        if (capacities.isEmpty()) {
            return null;
        }
        var available = number(capacities.get(0), "available", "capacities[0].available");
        if (available == null) {
            return null;
        }
        if (available < 0 || available > 10_000 || available != Math.floor(available)) {
            flag("capacities[0].available", "is not a whole number from 0 to 10000; kept in the record, not shown");
            return null;
        }
        return available.intValue();
    }

    /**
     * The first service_at_location's location: its name, address and coordinates, and the area it lies in: the area
     * named by the address's city or the location's name, else the kern nearest to its coordinates when one is near,
     * else the municipality.
     */
    private void location(Map<String, Object> values) {
        Area area = null;
        var links = objects(service, "service_at_locations", "service_at_locations");
        var index = 0;
        while (index < links.size() && !(links.get(index).get("location") instanceof Map<?, ?>)) {
            index++;
        }
        if (index < links.size()) {
            var location = (Map<?, ?>) links.get(index).get("location");
            var at = "service_at_locations[" + index + "].location";
            var name = text(location, "name", at + ".name", Limits.NAME);
            var latitude = number(location, "latitude", at + ".latitude");
            var longitude = number(location, "longitude", at + ".longitude");
            if (latitude != null && (latitude < -90 || latitude > 90)) {
                flag(at + ".latitude", "is not a WGS84 latitude (-90 to 90): " + HsdsJson.cell(location.get("latitude")));
                latitude = null;
            }
            if (longitude != null && (longitude < -180 || longitude > 180)) {
                flag(at + ".longitude", "is not a WGS84 longitude (-180 to 180): " + HsdsJson.cell(location.get("longitude")));
                longitude = null;
            }
            if (latitude == null || longitude == null) {
                latitude = null;
                longitude = null;
            }
            String city = null;
            String address = null;
            var addresses = objects(location, "addresses", at + ".addresses");
            if (!addresses.isEmpty()) {
                var first = addresses.get(0);
                city = text(first, "city", at + ".addresses[0].city", Limits.NAME);
                var parts = new ArrayList<String>();
                for (var key : List.of("address_1", "address_2", "postal_code", "city")) {
                    var part = text(first, key, at + ".addresses[0]." + key, Limits.NAME);
                    if (part != null) {
                        parts.add(part.strip());
                    }
                }
                address = parts.isEmpty() ? null : String.join(", ", parts);
                if (address != null && address.length() > Limits.SHORT_TEXT) {
                    address = null;
                }
            }
            if (city != null) {
                area = context.areasByName().get(city.strip().toLowerCase(Locale.ROOT));
            }
            if (area == null && name != null) {
                area = context.areasByName().get(name.strip().toLowerCase(Locale.ROOT));
            }
            if (latitude != null) {
                var nearest = nearestKern(latitude, longitude);
                if (nearest == null) {
                    flag(at, "lies more than " + (int) MAX_KERN_DISTANCE_KM + " km from every kern of "
                            + context.municipality().name() + "; placed in the municipality as a whole");
                }
                else if (area == null) {
                    area = nearest;
                }
            }
            values.put("locationName", name);
            values.put("address", address);
            values.put("latitude", latitude);
            values.put("longitude", longitude);
        }
        else {
            values.put("locationName", null);
            values.put("address", null);
            values.put("latitude", null);
            values.put("longitude", null);
        }
        values.put("locationId", (area == null ? context.municipality() : area).id());
    }

    /** The nearest kern within {@link #MAX_KERN_DISTANCE_KM}, or null. */
    private Area nearestKern(double latitude, double longitude) {
        Area nearest = null;
        double best = Double.MAX_VALUE;
        for (var kern : context.kernen()) {
            if (kern.latitude() == null || kern.longitude() == null) {
                continue;
            }
            double dLat = kern.latitude() - latitude;
            double dLon = (kern.longitude() - longitude) * Math.cos(Math.toRadians(latitude));
            double distance = Math.sqrt(dLat * dLat + dLon * dLon) * 111.2;
            if (distance < best) {
                best = distance;
                nearest = kern;
            }
        }
        return best <= MAX_KERN_DISTANCE_KM ? nearest : null;
    }

    /** Service areas name areas of the municipality; one that names none is flagged; none at all means everywhere. */
    private List<String> serviceAreas() {
        var ids = new ArrayList<String>();
        var areas = objects(service, "service_areas", "service_areas");
        for (int i = 0; i < areas.size(); i++) {
            var at = "service_areas[" + i + "].name";
            var name = text(areas.get(i), "name", at, Limits.DESCRIPTION);
            var area = name == null ? null : context.areasByName().get(name.strip().toLowerCase(Locale.ROOT));
            if (area == null) {
                flag(at, name == null ? "names no area; the whole municipality is served"
                        : "names no area of " + context.municipality().name() + ": '" + abbreviated(name.strip()) + "'");
            }
            else if (!ids.contains(area.id())) {
                ids.add(area.id());
            }
        }
        if (ids.isEmpty()) {
            ids.add(context.municipality().id());
        }
        return ids;
    }

    private static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    /** Taxonomy terms through the mapping (and our own export taxonomies) to life domains, expertises and kind. */
    private void classification(Map<String, Object> values) {
        var domains = new LinkedHashSet<String>();
        var expertises = new LinkedHashSet<String>();
        var terms = new ArrayList<Map<String, Object>>();
        String kind = null;
        var attributes = objects(service, "attributes", "attributes");
        for (int i = 0; i < attributes.size(); i++) {
            var at = "attributes[" + i + "].taxonomy_term";
            var term = HsdsJson.object(attributes.get(i).get("taxonomy_term"));
            if (term == null) {
                // an attribute may name its term by taxonomy_term_id alone; nothing here to map
                continue;
            }
            var code = text(term, "code", at + ".code", Limits.NAME);
            var name = text(term, "name", at + ".name", Limits.NAME);
            var taxonomy = HsdsModel.taxonomyOf(term);
            if (code == null && name == null) {
                continue;
            }
            if (!HsdsModel.isOwnTaxonomy(taxonomy)) {
                var stored = new LinkedHashMap<String, Object>();
                stored.put("hsdsId", HsdsJson.string(term, "id"));
                stored.put("code", code);
                stored.put("name", name);
                stored.put("taxonomy", taxonomy);
                terms.add(stored);
            }
            if (HsdsModel.DOMAIN_TAXONOMY.equals(taxonomy) && code != null && context.lifeDomains().contains(code)) {
                domains.add(code);
                continue;
            }
            if (HsdsModel.EXPERTISE_TAXONOMY.equals(taxonomy) && name != null && context.expertises().containsKey(name.toLowerCase(Locale.ROOT))) {
                expertises.add(context.expertises().get(name.toLowerCase(Locale.ROOT)));
                continue;
            }
            if (HsdsModel.KIND_TAXONOMY.equals(taxonomy) && code != null && KINDS.contains(code)) {
                kind = code;
                continue;
            }
            var mapping = mapping(taxonomy, code, name);
            if (mapping == null) {
                unmapped.add((taxonomy == null ? "" : taxonomy + ":") + (code == null ? name : code + (name == null ? "" : " (" + name + ")")));
                continue;
            }
            mapping.lifeDomains().stream().filter(context.lifeDomains()::contains).forEach(domains::add);
            mapping.expertises().stream()
                    .map(expertise -> context.expertises().get(expertise.toLowerCase(Locale.ROOT)))
                    .filter(java.util.Objects::nonNull)
                    .forEach(expertises::add);
            if (kind == null && mapping.kind() != null && KINDS.contains(mapping.kind())) {
                kind = mapping.kind();
            }
        }
        if (domains.isEmpty() && expertises.isEmpty()) {
            flag("attributes", "no taxonomy term maps to a life domain or expertise (see netwerkkaart.hsds.taxonomy-mapping)");
        }
        values.put("lifeDomains", List.copyOf(domains));
        values.put("expertiseIds", List.copyOf(expertises));
        values.put("taxonomyTerms", terms);
        values.put("kind", kind == null ? "SERVICE" : kind);
    }

    private HsdsProperties.TermMapping mapping(String taxonomy, String code, String name) {
        for (var term : new String[] {code, name}) {
            if (term == null) {
                continue;
            }
            var key = term.strip().toLowerCase(Locale.ROOT);
            if (taxonomy != null && context.mapping().containsKey(taxonomy.strip().toLowerCase(Locale.ROOT) + ":" + key)) {
                return context.mapping().get(taxonomy.strip().toLowerCase(Locale.ROOT) + ":" + key);
            }
            if (context.mapping().containsKey(key)) {
                return context.mapping().get(key);
            }
        }
        return null;
    }
}
