package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.directory.LifeDomainCode;
import nl.netwerkkaart.graph.Row;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality's aggregates as files for spreadsheets and GIS tools, under the same access rules as the
 * GraphQL queries. A suppressed count is written as {@link Count#MARKER}, never as a number.
 */
@Controller
class MunicipalityDownloadController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MunicipalityStatisticsService service;

    MunicipalityDownloadController(MunicipalityStatisticsService service) {
        this.service = service;
    }

    /**
     * One line per kern × life domain, then the kern totals (life domain {@code ALL}), the life domain totals (kern
     * {@code ALL}) and the grand total. RFC 4180, comma separated, UTF-8.
     */
    @GetMapping("/municipality/{id}/coverage.csv")
    ResponseEntity<String> coverageCsv(@PathVariable String id,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                       @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var coverage = service.areaCoverage(id, from, to);
        var csv = new StringBuilder("kernId,kern,lifeDomain,demand,communityResources,professionals,supply,gapScore\r\n");
        for (var kern : coverage.kernen()) {
            for (var cell : kern.cells()) {
                line(csv, kern.kernId(), kern.kernName(), cell.lifeDomain(), cell.demand().text(),
                        String.valueOf(cell.communityResources()), String.valueOf(cell.professionals()),
                        String.valueOf(cell.supply()), cell.gapScore() == null ? Count.MARKER : cell.gapScore().toString());
            }
        }
        for (var kern : coverage.kernen()) {
            line(csv, kern.kernId(), kern.kernName(), "ALL", kern.demandTotal().text(), "", "", "", "");
        }
        for (var total : coverage.domainTotals()) {
            line(csv, "", "ALL", total.lifeDomain(), total.demand().text(), "", "", "", "");
        }
        line(csv, "", "ALL", "ALL", coverage.demandTotal().text(), "", "", "", "");
        return file(CSV, "dekking-" + from + "-" + to + ".csv", csv.toString());
    }

    /** A point feature per kern (its centre) with, per life domain, demand, supply and gap score as properties. */
    @GetMapping("/municipality/{id}/coverage.geojson")
    ResponseEntity<Map<String, Object>> coverageGeoJson(@PathVariable String id,
                                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                                        @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        var coverage = service.areaCoverage(id, from, to);
        var features = new ArrayList<Map<String, Object>>();
        for (var kern : coverage.kernen()) {
            var properties = new LinkedHashMap<String, Object>();
            properties.put("kernId", kern.kernId());
            properties.put("name", kern.kernName());
            properties.put("demandTotal", kern.demandTotal().json());
            for (var cell : kern.cells()) {
                properties.put("demand_" + cell.lifeDomain(), cell.demand().json());
                properties.put("supply_" + cell.lifeDomain(), cell.supply());
                properties.put("gapScore_" + cell.lifeDomain(), cell.gapScore() == null ? Count.MARKER : cell.gapScore());
            }
            features.add(feature(kern.latitude(), kern.longitude(), properties));
        }
        var collection = collection(features);
        collection.put("municipalityId", coverage.municipalityId());
        collection.put("from", from.toString());
        collection.put("to", to.toString());
        collection.put("minimumCellSize", coverage.minimumCellSize());
        collection.put("suppressedMarker", Count.MARKER);
        return file(GEO_JSON, "dekking-" + from + "-" + to + ".geojson", collection);
    }

    /** A point feature per community resource of the municipality, at the centre of the area it is located in. */
    @GetMapping("/municipality/{id}/resources.geojson")
    ResponseEntity<Map<String, Object>> resourcesGeoJson(@PathVariable String id) {
        var features = service.resources(id).stream()
                .map(r -> feature(r.decimal("latitude"), r.decimal("longitude"), resourceProperties(r)))
                .toList();
        var collection = collection(features);
        collection.put("municipalityId", id.toLowerCase());
        return file(GEO_JSON, "sociale-kaart.geojson", collection);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Void> notFound() {
        return ResponseEntity.notFound().build();
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<String> invalid(InvalidInputException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(MediaType.TEXT_PLAIN)
                .body(e.field() + ": " + e.getMessage());
    }

    private static Map<String, Object> resourceProperties(Row resource) {
        var properties = new LinkedHashMap<String, Object>();
        properties.put("id", resource.string("id"));
        properties.put("name", resource.string("name"));
        properties.put("kind", resource.string("kind"));
        properties.put("status", resource.string("status"));
        properties.put("location", resource.string("location"));
        var domains = resource.strings("lifeDomains");
        properties.put("lifeDomains", Arrays.stream(LifeDomainCode.values()).map(Enum::name).filter(domains::contains).toList());
        return properties;
    }

    private static Map<String, Object> feature(Double latitude, Double longitude, Map<String, Object> properties) {
        var feature = new LinkedHashMap<String, Object>();
        feature.put("type", "Feature");
        // GeoJSON positions are longitude first (RFC 7946); without a centre the feature has no geometry
        feature.put("geometry", latitude == null || longitude == null ? null
                : Map.of("type", "Point", "coordinates", List.of(longitude, latitude)));
        feature.put("properties", properties);
        return feature;
    }

    private static LinkedHashMap<String, Object> collection(List<Map<String, Object>> features) {
        var collection = new LinkedHashMap<String, Object>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static void line(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            var field = fields[i];
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                field = "\"" + field.replace("\"", "\"\"") + "\"";
            }
            csv.append(i == 0 ? "" : ",").append(field);
        }
        csv.append("\r\n");
    }

    private static <T> ResponseEntity<T> file(MediaType type, String filename, T body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
