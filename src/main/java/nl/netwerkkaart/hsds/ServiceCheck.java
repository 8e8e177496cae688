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
 * Checks one HSDS service object and maps it to the values of a community resource, collecting every problem as a
 * record error instead of stopping at the first. Pure: it reads nothing but the given context.
 */
final class ServiceCheck {

    /** The taxonomy our export writes life domains in; its codes are understood without a mapping. */
    static final String DOMAIN_TAXONOMY = "netwerkkaart-leefdomeinen";
    /** The taxonomy our export writes expertise terms in; its names are understood without a mapping. */
    static final String EXPERTISE_TAXONOMY = "netwerkkaart-expertises";
    /** The taxonomy our export writes the resource kind in. */
    static final String KIND_TAXONOMY = "netwerkkaart-soorten";

    static final Set<String> KINDS = Set.of("VOLUNTEER_SUPPORT", "CLUB", "FACILITY", "GROUP", "FUND", "SERVICE");
    private static final Map<String, String> STATUSES = Map.of("active", "ACTIVE", "inactive", "INACTIVE",
            "defunct", "DEFUNCT", "temporarily closed", "TEMPORARILY_CLOSED");
    private static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    private static final String TIME = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?(Z|[+-][0-9]{2}:?[0-9]{2})?$";

    /**
     * What a check needs to know.
     *
     * @param areasByName  the municipality and its areas by lower-case name
     * @param kernen       the municipality's kernen, for placing a location by its coordinates
     * @param expertises   our expertise ids by lower-case name
     * @param lifeDomains  the known life domain codes
     * @param mapping      the configured mapping by lower-case term (code or name, optionally {@code taxonomy:term})
     */
    record Context(Area municipality, Map<String, Area> areasByName, List<Area> kernen, Map<String, String> expertises,
                   Set<String> lifeDomains, Map<String, HsdsProperties.TermMapping> mapping, LocalDate today) {
    }

    private final String record;
    private final Map<String, Object> service;
    private final Context context;
    private final List<HsdsImportReport.RecordError> errors = new ArrayList<>();
    private final Set<String> unmapped = new LinkedHashSet<>();
    private String hsdsId;

    private ServiceCheck(HsdsReader.Source source, Context context) {
        this.record = source.record();
        this.service = source.service();
        this.context = context;
    }

    /** The outcome: the resource's values (null when the record is refused), its errors and its unmapped terms. */
    record Result(Map<String, Object> values, List<HsdsImportReport.RecordError> errors, Set<String> unmappedTerms) {
    }

    static Result check(HsdsReader.Source source, Context context) {
        var check = new ServiceCheck(source, context);
        var values = check.values();
        return new Result(check.errors.isEmpty() ? values : null, check.errors, check.unmapped);
    }

    private Map<String, Object> values() {
        var values = new TreeMap<String, Object>();
        var id = text(service, "id", 100);
        if (id == null || !Ids.isUuid(id)) {
            error("id", "must be a UUID");
        }
        else {
            hsdsId = id.toLowerCase(Locale.ROOT);
            values.put("hsdsId", hsdsId);
        }
        var name = text(service, "name", Limits.NAME);
        if (name == null || name.isBlank()) {
            error("name", "is required");
        }
        values.put("name", name == null ? null : name.strip());
        values.put("description", text(service, "description", Limits.DESCRIPTION));
        var status = text(service, "status", 40);
        if (status == null || !STATUSES.containsKey(status.toLowerCase(Locale.ROOT))) {
            error("status", "must be one of active, inactive, defunct, temporarily closed");
        }
        else {
            values.put("status", STATUSES.get(status.toLowerCase(Locale.ROOT)));
        }
        values.put("website", url(service, "url"));
        values.put("email", email(service, "email"));
        values.put("eligibilityDescription", text(service, "eligibility_description", Limits.DESCRIPTION));
        values.put("costDescription", text(service, "fees_description", Limits.SHORT_TEXT));
        var minimumAge = age("minimum_age");
        var maximumAge = age("maximum_age");
        if (minimumAge != null && maximumAge != null && minimumAge > maximumAge) {
            error("maximum_age", "must not be below minimum_age");
        }
        values.put("minimumAge", minimumAge);
        values.put("maximumAge", maximumAge);
        values.put("lastVerifiedAt", date(service, "assured_date"));
        values.put("languages", languages());
        values.put("phone", firstPhone(service, "phones"));
        values.put("schedules", schedules());
        values.put("contacts", contacts());
        var costs = costOptions();
        values.put("costOptions", costs);
        values.put("free", !costs.isEmpty() && costs.stream().allMatch(c -> c.get("amount") instanceof Double d && d == 0));
        values.put("capacity", capacity());
        values.put("organisation", organisation());
        location(values);
        values.put("servesAreaIds", serviceAreas());
        classification(values);
        return values;
    }

    private void error(String field, String reason) {
        errors.add(new HsdsImportReport.RecordError(record, hsdsId, field, reason));
    }

    private String text(Map<?, ?> map, String field, int max) {
        return text(map, field, field, max);
    }

    private String text(Map<?, ?> map, String key, String field, int max) {
        var value = map.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String text)) {
            error(field, "must be text");
            return null;
        }
        if (text.length() > max) {
            error(field, "must be at most " + max + " characters");
            return null;
        }
        // texts longer than a name are free text, which may hold line breaks; urls refuse them by their pattern
        var problem = TextCharacters.problem(text, max > Limits.NAME);
        if (problem.isPresent()) {
            error(field, problem.get());
            return null;
        }
        return text.isBlank() ? null : text;
    }

    private String url(Map<?, ?> map, String field) {
        var url = text(map, field, Limits.URL);
        if (url != null && !url.matches(Limits.URL_PATTERN)) {
            error(field, "must be an http(s) address");
            return null;
        }
        return url;
    }

    private String email(Map<?, ?> map, String field) {
        return email(map, field, field);
    }

    private String email(Map<?, ?> map, String key, String field) {
        var email = text(map, key, field, Limits.NAME);
        if (email != null && !email.matches(EMAIL)) {
            error(field, "must be an e-mail address");
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
            error(field, "must be a whole number of years from 0 to 120");
            return null;
        }
        return age.intValue();
    }

    private String date(Map<?, ?> map, String field) {
        return date(map, field, field, true);
    }

    private String date(Map<?, ?> map, String key, String field, boolean notFuture) {
        var text = text(map, key, field, 40);
        if (text == null) {
            return null;
        }
        try {
            var date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            if (notFuture && date.isAfter(context.today().plusDays(1))) {
                error(field, "must not be in the future");
                return null;
            }
            return date.toString();
        }
        catch (DateTimeParseException e) {
            error(field, "must be an ISO date, e.g. 2026-01-31");
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
        if (list.size() > Limits.LIST) {
            error(field, "must have at most " + Limits.LIST + " items");
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
                code = text(languages.get(i), "name", at + ".name", 10);
            }
            if (code == null || !code.toLowerCase(Locale.ROOT).matches(Limits.LANGUAGE_PATTERN)) {
                error(at + ".code", "must be an ISO 639-1 language code such as nl");
            }
            else if (!codes.contains(code.toLowerCase(Locale.ROOT))) {
                codes.add(code.toLowerCase(Locale.ROOT));
            }
        }
        return codes;
    }

    private String firstPhone(Map<?, ?> map, String field) {
        var phones = objects(map, "phones", field);
        if (phones.isEmpty()) {
            return null;
        }
        var number = text(phones.get(0), "number", field + "[0].number", Limits.PHONE);
        if (number != null && !number.matches(Limits.PHONE_PATTERN)) {
            error(field + "[0].number", "must be a phone number");
            return null;
        }
        return number;
    }

    private List<Map<String, Object>> schedules() {
        var result = new ArrayList<Map<String, Object>>();
        var schedules = objects(service, "schedules", "schedules");
        for (int i = 0; i < schedules.size(); i++) {
            var at = "schedules[" + i + "]";
            var schedule = schedules.get(i);
            var values = new LinkedHashMap<String, Object>();
            var freq = text(schedule, "freq", at + ".freq", 20);
            if (freq != null && !List.of("WEEKLY", "MONTHLY").contains(freq)) {
                error(at + ".freq", "must be WEEKLY or MONTHLY");
            }
            values.put("freq", freq);
            var interval = number(schedule, "interval", at + ".interval");
            values.put("interval", interval == null ? null : interval.intValue());
            var byday = text(schedule, "byday", at + ".byday", 100);
            if (byday != null && !byday.matches("^(-?[0-9]?(MO|TU|WE|TH|FR|SA|SU))(,-?[0-9]?(MO|TU|WE|TH|FR|SA|SU))*$")) {
                error(at + ".byday", "must be RFC 5545 day codes separated by commas, e.g. MO,WE or 2TU");
            }
            values.put("byday", byday);
            var bymonthday = number(schedule, "bymonthday", at + ".bymonthday");
            values.put("bymonthday", bymonthday == null ? null : bymonthday.intValue());
            for (var key : List.of("opens_at", "closes_at")) {
                var time = text(schedule, key, at + "." + key, 20);
                if (time != null && !time.matches(TIME)) {
                    error(at + "." + key, "must be a time HH:MM, optionally with a UTC offset");
                }
                values.put(key.equals("opens_at") ? "opensAt" : "closesAt", time);
            }
            values.put("validFrom", date(schedule, "valid_from", at + ".valid_from", false));
            values.put("validTo", date(schedule, "valid_to", at + ".valid_to", false));
            values.put("description", text(schedule, "description", at + ".description", Limits.SHORT_TEXT));
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
            var amount = number(option, "amount", at + ".amount");
            if (amount != null && amount < 0) {
                error(at + ".amount", "must not be negative");
            }
            values.put("amount", amount);
            var currency = text(option, "currency", at + ".currency", 3);
            if (currency != null && !currency.matches("^[A-Z]{3}$")) {
                error(at + ".currency", "must be an ISO 4217 code such as EUR");
            }
            values.put("currency", currency);
            values.put("amountDescription", text(option, "amount_description", at + ".amount_description", Limits.SHORT_TEXT));
            result.add(values);
        }
        return result;
    }

    /** HSDS 3.1 service capacity: the places available in the first capacity entry. */
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
            error("capacities[0].available", "must be a whole number from 0 to 10000");
            return null;
        }
        return available.intValue();
    }

    private Map<String, Object> organisation() {
        var value = service.get("organization");
        if (value == null) {
            return null;
        }
        if (!(value instanceof Map<?, ?> organization)) {
            error("organization", "must be an object");
            return null;
        }
        var values = new TreeMap<String, Object>();
        var id = text(organization, "id", "organization.id", 100);
        if (id == null || !Ids.isUuid(id)) {
            error("organization.id", "must be a UUID");
        }
        values.put("hsdsId", id == null ? null : id.toLowerCase(Locale.ROOT));
        var name = text(organization, "name", "organization.name", Limits.NAME);
        if (name == null) {
            error("organization.name", "is required");
        }
        values.put("name", name == null ? null : name.strip());
        values.put("description", text(organization, "description", "organization.description", Limits.DESCRIPTION));
        values.put("email", email(organization, "email", "organization.email"));
        values.put("website", url(organization, "website"));
        return values;
    }

    /**
     * The first service_at_location's location: its name, address and coordinates, and the area it lies in: the area
     * named by the address's city or the location's name, else the kern nearest to its coordinates, else the
     * municipality.
     */
    private void location(Map<String, Object> values) {
        Area area = null;
        var links = objects(service, "service_at_locations", "service_at_locations");
        if (!links.isEmpty() && links.get(0).get("location") instanceof Map<?, ?> location) {
            var at = "service_at_locations[0].location";
            var name = text(location, "name", at + ".name", Limits.NAME);
            var latitude = number(location, "latitude", at + ".latitude");
            var longitude = number(location, "longitude", at + ".longitude");
            if (latitude != null && (latitude < -90 || latitude > 90)) {
                error(at + ".latitude", "must be WGS84 latitude, -90 to 90");
                latitude = null;
            }
            if (longitude != null && (longitude < -180 || longitude > 180)) {
                error(at + ".longitude", "must be WGS84 longitude, -180 to 180");
                longitude = null;
            }
            String city = null;
            String address = null;
            var addresses = objects(location, location.containsKey("addresses") ? "addresses" : "addresss", at + ".addresses");
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
            }
            values.put("locationName", name);
            values.put("address", address);
            values.put("latitude", latitude);
            values.put("longitude", longitude);
            if (city != null) {
                area = context.areasByName().get(city.strip().toLowerCase(Locale.ROOT));
            }
            if (area == null && name != null) {
                area = context.areasByName().get(name.strip().toLowerCase(Locale.ROOT));
            }
            if (area == null && latitude != null && longitude != null) {
                area = nearestKern(latitude, longitude);
            }
        }
        values.put("locationId", (area == null ? context.municipality() : area).id());
    }

    private Area nearestKern(double latitude, double longitude) {
        Area nearest = null;
        double best = Double.MAX_VALUE;
        for (var kern : context.kernen()) {
            if (kern.latitude() == null || kern.longitude() == null) {
                continue;
            }
            double dLat = kern.latitude() - latitude;
            double dLon = (kern.longitude() - longitude) * Math.cos(Math.toRadians(latitude));
            double distance = dLat * dLat + dLon * dLon;
            if (distance < best) {
                best = distance;
                nearest = kern;
            }
        }
        return nearest;
    }

    /** Service areas name areas of the municipality; none means the whole municipality. */
    private List<String> serviceAreas() {
        var ids = new ArrayList<String>();
        var areas = objects(service, "service_areas", "service_areas");
        for (int i = 0; i < areas.size(); i++) {
            var at = "service_areas[" + i + "].name";
            var name = text(areas.get(i), "name", at, Limits.NAME);
            var area = name == null ? null : context.areasByName().get(name.strip().toLowerCase(Locale.ROOT));
            if (area == null) {
                error(at, name == null ? "is required" : "names no area of your municipality: '" + name.strip() + "'");
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

    /** Taxonomy terms through the mapping (and our own export taxonomies) to life domains, expertises and kind. */
    private void classification(Map<String, Object> values) {
        var domains = new LinkedHashSet<String>();
        var expertises = new LinkedHashSet<String>();
        var terms = new ArrayList<Map<String, Object>>();
        String kind = null;
        var attributes = objects(service, "attributes", "attributes");
        for (int i = 0; i < attributes.size(); i++) {
            var at = "attributes[" + i + "].taxonomy_term";
            if (!(attributes.get(i).get("taxonomy_term") instanceof Map<?, ?> term)) {
                error(at, "is required: the term the attribute links to");
                continue;
            }
            var code = text(term, "code", at + ".code", Limits.NAME);
            var name = text(term, "name", at + ".name", Limits.NAME);
            var taxonomy = term.get("taxonomy") instanceof Map<?, ?> detail
                    ? text(detail, "name", at + ".taxonomy.name", Limits.NAME)
                    : text(term, "taxonomy", at + ".taxonomy", Limits.NAME);
            if (code == null && name == null) {
                error(at + ".name", "is required");
                continue;
            }
            var termId = text(term, "id", at + ".id", 100);
            var stored = new LinkedHashMap<String, Object>();
            stored.put("hsdsId", termId);
            stored.put("code", code);
            stored.put("name", name);
            stored.put("taxonomy", taxonomy);
            terms.add(stored);
            if (DOMAIN_TAXONOMY.equals(taxonomy) && code != null && context.lifeDomains().contains(code)) {
                domains.add(code);
                continue;
            }
            if (EXPERTISE_TAXONOMY.equals(taxonomy) && name != null && context.expertises().containsKey(name.toLowerCase(Locale.ROOT))) {
                expertises.add(context.expertises().get(name.toLowerCase(Locale.ROOT)));
                continue;
            }
            if (KIND_TAXONOMY.equals(taxonomy) && code != null && KINDS.contains(code)) {
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
            error("attributes", "no taxonomy term maps to a life domain or expertise (see netwerkkaart.hsds.taxonomy-mapping)");
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
