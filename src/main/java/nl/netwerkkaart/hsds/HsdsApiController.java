package nl.netwerkkaart.hsds;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.graph.Row;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sociale kaart as the HSDS 3.x API the specification's OpenAPI defines, read-only, under {@code /hsds}: paged
 * listings ({@code page}, {@code per_page}, the envelope with {@code total_items}, {@code total_pages},
 * {@code page_number}, {@code size}, {@code first_page}, {@code last_page}, {@code empty}, {@code contents}) and one
 * object by id. Who may read, and which municipality's data they read, {@link HsdsApiAccess} decides.
 */
@RestController
@Transactional(readOnly = true)
class HsdsApiController {

    /** The HSDS version this API follows, and the OpenAPI file that defines it. */
    static final String VERSION = "3.0";
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    private static final int DEFAULT_PER_PAGE = 50;
    private static final int MAX_PER_PAGE = 500;

    private final HsdsRepository repository;
    private final HsdsApiAccess access;

    HsdsApiController(HsdsRepository repository, HsdsApiAccess access) {
        this.repository = repository;
        this.access = access;
    }

    /** A parameter the caller got wrong; answered with 400 naming it. */
    static final class BadParameter extends RuntimeException {
        BadParameter(String message) {
            super(message);
        }
    }

    /** An id no object of the municipality has; answered with 404. */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<Map<String, Object>> badParameter(BadParameter e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<Map<String, Object>> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", e.getMessage()));
    }

    @GetMapping(path = {"/hsds", "/hsds/"}, produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> root(Authentication authentication) {
        access.municipality(authentication);
        return Map.of("version", VERSION, "openapi_url", OPENAPI_URL);
    }

    @GetMapping(path = "/hsds/services", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> services(Authentication authentication, @RequestParam(required = false) String page,
                                 @RequestParam(name = "per_page", required = false) String perPage,
                                 @RequestParam(required = false) String search,
                                 @RequestParam(name = "modified_after", required = false) String modifiedAfter,
                                 @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
                                 @RequestParam(name = "organization_id", required = false) String organizationId,
                                 @RequestParam(required = false) String full) {
        var municipality = access.municipality(authentication);
        var paging = Paging.of(page, perPage);
        var filter = filter(search, modifiedAfter, taxonomyTermId, organizationId);
        var found = repository.services(municipality, filter, paging.offset(), paging.perPage());
        var contents = found.items().stream().map(HsdsExport::service)
                .map(service -> bool("full", full) ? service : HsdsExport.listed(service)).toList();
        return envelope(paging, found.total(), contents);
    }

    @GetMapping(path = "/hsds/services/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> service(Authentication authentication, @PathVariable String id) {
        var municipality = access.municipality(authentication);
        var row = repository.services(municipality, List.of(id.toLowerCase())).get(id.toLowerCase());
        if (row == null) {
            throw new NotFound("no service " + id);
        }
        return HsdsExport.service(row);
    }

    @GetMapping(path = "/hsds/organizations", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> organizations(Authentication authentication, @RequestParam(required = false) String page,
                                      @RequestParam(name = "per_page", required = false) String perPage,
                                      @RequestParam(required = false) String search,
                                      @RequestParam(required = false) String full,
                                      @RequestParam(name = "full_service", required = false) String fullService) {
        var municipality = access.municipality(authentication);
        var paging = Paging.of(page, perPage);
        var all = repository.organisationsOf(municipality).stream()
                .filter(o -> search == null || contains(o.string("name"), search) || contains(o.string("description"), search))
                .toList();
        var contents = paged(all, paging).stream().map(o -> bool("full", full) || bool("full_service", fullService)
                ? organization(municipality, o, bool("full_service", fullService)) : HsdsExport.flat(HsdsExport.organization(o))).toList();
        return envelope(paging, all.size(), contents);
    }

    @GetMapping(path = "/hsds/organizations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> organization(Authentication authentication, @PathVariable String id,
                                     @RequestParam(name = "full_service", required = false) String fullService) {
        var municipality = access.municipality(authentication);
        var found = repository.organisation(municipality, id);
        if (found.isEmpty()) {
            throw new NotFound("no organization " + id);
        }
        return organization(municipality, found.get(0), bool("full_service", fullService));
    }

    /** An organization with the municipality's services it offers, listed or in full. */
    private Map<String, Object> organization(String municipality, Row organisation, boolean fullServices) {
        var organization = HsdsExport.organization(organisation);
        var filter = new HsdsRepository.Filter(null, null, null, null, null, HsdsExport.exportId(organisation), null);
        var services = new ArrayList<Object>();
        for (var row : repository.services(municipality, filter, 0, Integer.MAX_VALUE).items()) {
            var service = HsdsExport.service(row);
            service.remove("organization");
            services.add(fullServices ? service : HsdsExport.listed(service));
        }
        organization.put("services", services);
        return organization;
    }

    @GetMapping(path = "/hsds/service_at_locations", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> serviceAtLocations(Authentication authentication, @RequestParam(required = false) String page,
                                           @RequestParam(name = "per_page", required = false) String perPage,
                                           @RequestParam(required = false) String search,
                                           @RequestParam(name = "modified_after", required = false) String modifiedAfter,
                                           @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
                                           @RequestParam(name = "organization_id", required = false) String organizationId,
                                           @RequestParam(required = false) String full) {
        var municipality = access.municipality(authentication);
        var paging = Paging.of(page, perPage);
        var filter = filter(search, modifiedAfter, taxonomyTermId, organizationId);
        var all = new ArrayList<Map<String, Object>>();
        for (var row : repository.services(municipality, filter, 0, Integer.MAX_VALUE).items()) {
            var service = HsdsExport.service(row);
            for (var atLocation : HsdsJson.objects(service.get("service_at_locations"))) {
                all.add(atLocation(service, atLocation, bool("full", full)));
            }
        }
        return envelope(paging, all.size(), paged(all, paging));
    }

    @GetMapping(path = "/hsds/service_at_locations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> serviceAtLocation(Authentication authentication, @PathVariable String id) {
        var municipality = access.municipality(authentication);
        for (var row : repository.services(municipality, HsdsRepository.Filter.NONE, 0, Integer.MAX_VALUE).items()) {
            var service = HsdsExport.service(row);
            for (var atLocation : HsdsJson.objects(service.get("service_at_locations"))) {
                if (id.equalsIgnoreCase(HsdsJson.string(atLocation, "id"))) {
                    return atLocation(service, atLocation, true);
                }
            }
        }
        throw new NotFound("no service_at_location " + id);
    }

    /** A service_at_location with its service: in full without the service's own service_at_locations, or listed. */
    private static Map<String, Object> atLocation(Map<String, Object> service, Map<String, Object> atLocation, boolean full) {
        var result = new LinkedHashMap<>(atLocation);
        var nested = new LinkedHashMap<>(service);
        nested.remove("service_at_locations");
        result.put("service", full ? nested : HsdsExport.listed(nested));
        return result;
    }

    @GetMapping(path = "/hsds/taxonomies", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> taxonomies(Authentication authentication, @RequestParam(required = false) String page,
                                   @RequestParam(name = "per_page", required = false) String perPage,
                                   @RequestParam(required = false) String search) {
        var municipality = access.municipality(authentication);
        var paging = Paging.of(page, perPage);
        var all = taxonomies(municipality).stream()
                .filter(t -> search == null || contains(HsdsJson.string(t, "name"), search) || contains(HsdsJson.string(t, "description"), search))
                .toList();
        return envelope(paging, all.size(), paged(all, paging));
    }

    @GetMapping(path = "/hsds/taxonomies/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> taxonomy(Authentication authentication, @PathVariable String id) {
        var municipality = access.municipality(authentication);
        return taxonomies(municipality).stream().filter(t -> id.equalsIgnoreCase(HsdsJson.string(t, "id"))).findFirst()
                .orElseThrow(() -> new NotFound("no taxonomy " + id));
    }

    @GetMapping(path = "/hsds/taxonomy_terms", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> taxonomyTerms(Authentication authentication, @RequestParam(required = false) String page,
                                      @RequestParam(name = "per_page", required = false) String perPage,
                                      @RequestParam(required = false) String search,
                                      @RequestParam(name = "taxonomy_id", required = false) String taxonomyId,
                                      @RequestParam(name = "parent_id", required = false) String parentId,
                                      @RequestParam(name = "top_only", required = false) String topOnly) {
        var municipality = access.municipality(authentication);
        var paging = Paging.of(page, perPage);
        var all = terms(municipality).stream()
                .filter(t -> search == null || contains(HsdsJson.string(t, "name"), search) || contains(HsdsJson.string(t, "code"), search))
                .filter(t -> taxonomyId == null || taxonomyId.equalsIgnoreCase(HsdsJson.string(t, "taxonomy_id")))
                .filter(t -> parentId == null || parentId.equalsIgnoreCase(HsdsJson.string(t, "parent_id")))
                .filter(t -> !bool("top_only", topOnly) || t.get("parent_id") == null)
                .toList();
        return envelope(paging, all.size(), paged(all, paging));
    }

    @GetMapping(path = "/hsds/taxonomy_terms/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> taxonomyTerm(Authentication authentication, @PathVariable String id) {
        var municipality = access.municipality(authentication);
        return terms(municipality).stream().filter(t -> id.equalsIgnoreCase(HsdsJson.string(t, "id"))).findFirst()
                .orElseThrow(() -> new NotFound("no taxonomy_term " + id));
    }

    /** Our own three taxonomies, then those imported into the municipality. */
    private List<Map<String, Object>> taxonomies(String municipality) {
        var all = new ArrayList<Map<String, Object>>();
        for (var taxonomy : List.of(HsdsModel.DOMAIN_TAXONOMY, HsdsModel.EXPERTISE_TAXONOMY, HsdsModel.KIND_TAXONOMY)) {
            all.add(HsdsExport.ownTaxonomy(taxonomy));
        }
        repository.records(municipality, HsdsReader.TAXONOMY, null, 0, Integer.MAX_VALUE).items()
                .forEach(document -> all.add(HsdsJson.readObject(document)));
        return all;
    }

    /** Our own terms (life domains, expertise terms, kinds), then those imported into the municipality. */
    private List<Map<String, Object>> terms(String municipality) {
        var all = new ArrayList<Map<String, Object>>();
        for (var domain : repository.lifeDomains()) {
            all.add(HsdsExport.ownTerm(HsdsExport.ownTermId(HsdsModel.DOMAIN_TAXONOMY, domain.string("code")),
                    domain.string("code"), domain.string("name"), HsdsModel.DOMAIN_TAXONOMY));
        }
        for (var expertise : repository.expertiseTerms()) {
            var term = HsdsExport.ownTerm(expertise.string("id"), null, expertise.string("name"), HsdsModel.EXPERTISE_TAXONOMY);
            if (expertise.string("broaderId") != null) {
                term.put("parent_id", expertise.string("broaderId"));
            }
            all.add(term);
        }
        for (var kind : List.of("VOLUNTEER_SUPPORT", "CLUB", "FACILITY", "GROUP", "FUND", "SERVICE")) {
            all.add(HsdsExport.ownTerm(HsdsExport.ownTermId(HsdsModel.KIND_TAXONOMY, kind), kind, kind, HsdsModel.KIND_TAXONOMY));
        }
        repository.records(municipality, HsdsReader.TAXONOMY_TERM, null, 0, Integer.MAX_VALUE).items()
                .forEach(document -> all.add(HsdsJson.readObject(document)));
        return all;
    }

    /** The listing's filter; a taxonomy_term_id of our own stands for the life domain, expertise or kind it names. */
    private HsdsRepository.Filter filter(String search, String modifiedAfter, String taxonomyTermId, String organizationId) {
        List<String> domains = null;
        List<String> kinds = null;
        if (taxonomyTermId != null) {
            var termId = taxonomyTermId.toLowerCase();
            domains = repository.lifeDomains().stream().map(d -> d.string("code"))
                    .filter(code -> HsdsExport.ownTermId(HsdsModel.DOMAIN_TAXONOMY, code).equals(termId)).toList();
            kinds = ServiceCheck.KINDS.stream().filter(kind -> HsdsExport.ownTermId(HsdsModel.KIND_TAXONOMY, kind).equals(termId)).toList();
        }
        return new HsdsRepository.Filter(search == null || search.isBlank() ? null : search.strip(),
                taxonomyTermId == null ? null : taxonomyTermId.toLowerCase(), domains,
                taxonomyTermId == null ? null : List.of(taxonomyTermId.toLowerCase()), kinds,
                organizationId == null ? null : organizationId.toLowerCase(), moment("modified_after", modifiedAfter));
    }

    /** An ISO date-time, or a date (its start in the service's zone). */
    private OffsetDateTime moment(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip());
        }
        catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value.strip()).atStartOfDay(Today.ZONE).toOffsetDateTime();
            }
            catch (DateTimeParseException again) {
                throw new BadParameter(name + " must be an ISO 8601 date-time, e.g. 2026-01-31T12:00:00Z, or a date");
            }
        }
    }

    private static boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw new BadParameter(name + " must be true or false");
        };
    }

    private static boolean contains(String text, String search) {
        return text != null && text.toLowerCase().contains(search.strip().toLowerCase());
    }

    private record Paging(int page, int perPage) {

        static Paging of(String page, String perPage) {
            return new Paging(number("page", page, 1, 1, Integer.MAX_VALUE),
                    number("per_page", perPage, DEFAULT_PER_PAGE, 1, MAX_PER_PAGE));
        }

        private static int number(String name, String value, int otherwise, int min, int max) {
            if (value == null || value.isBlank()) {
                return otherwise;
            }
            try {
                var number = Integer.parseInt(value.strip());
                if (number < min || number > max) {
                    throw new BadParameter(name + " must be from " + min + " to " + max);
                }
                return number;
            }
            catch (NumberFormatException e) {
                throw new BadParameter(name + " must be a whole number");
            }
        }

        int offset() {
            return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * perPage);
        }
    }

    private static <T> List<T> paged(List<T> all, Paging paging) {
        var from = Math.min(all.size(), paging.offset());
        return all.subList(from, Math.min(all.size(), from + paging.perPage()));
    }

    /** The paged envelope of the specification's OpenAPI (components.schemas.Page) with its contents. */
    private static Map<String, Object> envelope(Paging paging, int total, List<?> contents) {
        var totalPages = total == 0 ? 0 : (total + paging.perPage() - 1) / paging.perPage();
        var envelope = new LinkedHashMap<String, Object>();
        envelope.put("total_items", total);
        envelope.put("total_pages", totalPages);
        envelope.put("page_number", paging.page());
        envelope.put("size", contents.size());
        envelope.put("first_page", paging.page() == 1);
        envelope.put("last_page", paging.page() >= totalPages);
        envelope.put("empty", contents.isEmpty());
        envelope.put("contents", contents);
        return envelope;
    }
}
