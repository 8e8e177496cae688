package nl.netwerkkaart.hsds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.hsds.HsdsSpecification.Version;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static nl.netwerkkaart.hsds.HsdsSpecification.canonical;
import static nl.netwerkkaart.hsds.HsdsSpecification.problems;
import static nl.netwerkkaart.hsds.HsdsSpecification.schema;
import static nl.netwerkkaart.hsds.HsdsSpecification.withoutOwnAdditions;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The specification's own examples, as released (tag v3.0), as fixed since (branch 3.0) and in development (branch
 * 3.1-dev), go in and come out with nothing lost and no schema error, and a second import of what came out changes
 * nothing.
 */
@SuppressWarnings("unchecked")
class HsdsSpecificationTest extends HsdsTestSupport {

    @ParameterizedTest
    @EnumSource(Version.class)
    void the_official_service_comes_back_as_it_came_and_valid(Version version) {
        var original = HsdsSpecification.example(version, "service_full.json");

        var report = upload(json(original));

        assertThat(report).containsEntry("created", 1).containsEntry("refused", 0);
        assertThat((List<Object>) report.get("errors")).isEmpty();
        // accepted as the specification allows, flagged where it does not fit the municipality
        assertThat(flagFields(report)).containsExactlyInAnyOrder("service_at_locations[0].location.latitude",
                "service_areas[0].name", "attributes");
        var exported = api("/hsds/services/" + original.get("id"));
        assertThat(canonical(withoutOwnAdditions(exported, original))).isEqualTo(canonical(original));
        for (var against : Version.values()) {
            assertThat(problems(schema(against, "service"), exported)).as("against %s", against).isEmpty();
        }
        assertThat(exported.get("phones")).isEqualTo(original.get("phones"));
        assertThat(outcomes(upload(json(exported)))).isNotEmpty().allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void the_official_organization_comes_back_with_its_services(Version version) {
        var original = HsdsSpecification.example(version, "organization_full.json");

        var report = upload(json(original));

        assertThat(outcomes(report)).contains("organization CREATED", "service CREATED").noneMatch(o -> o.endsWith("REFUSED"));
        var exported = api("/hsds/organizations/" + original.get("id") + "?full_service=true");
        var services = new ArrayList<Object>();
        var originalServices = (List<Map<String, Object>>) original.get("services");
        var exportedServices = (List<Map<String, Object>>) exported.get("services");
        assertThat(exportedServices).hasSameSizeAs(originalServices);
        for (int i = 0; i < originalServices.size(); i++) {
            services.add(withoutOwnAdditions(exportedServices.get(i), originalServices.get(i)));
            assertThat(problems(schema(version, "service"), exportedServices.get(i))).isEmpty();
        }
        var comparable = new LinkedHashMap<>(exported);
        comparable.put("services", services);
        assertThat(canonical(comparable)).isEqualTo(canonical(original));
        assertThat(problems(schema(version, "organization"), exported)).isEmpty();
        assertThat(outcomes(upload(json(exported)))).isNotEmpty().allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void the_official_service_at_location_comes_back_with_its_service_and_location(Version version) {
        var original = HsdsSpecification.example(version, "service_at_location_full.json");

        var report = upload(json(original));

        assertThat(outcomes(report)).contains("service CREATED").noneMatch(o -> o.endsWith("REFUSED"));
        var exported = api("/hsds/service_at_locations/" + original.get("id"));
        var comparable = new LinkedHashMap<>(exported);
        comparable.put("service", withoutOwnAdditions((Map<String, Object>) exported.get("service"),
                (Map<String, Object>) original.get("service")));
        assertThat(canonical(comparable)).isEqualTo(canonical(original));
        assertThat(problems(schema(version, "service_at_location"), exported)).isEmpty();
        assertThat(problems(schema(version, "service"), exported.get("service"))).isEmpty();
        assertThat(outcomes(upload(json(exported)))).isNotEmpty().allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    @ParameterizedTest
    @EnumSource(Version.class)
    void the_official_tables_come_back_with_every_row_and_cell(Version version) {
        var report = upload(HsdsSpecification.csvExample(version));

        assertThat(outcomes(report)).contains("service CREATED", "organization CREATED").noneMatch(o -> o.endsWith("REFUSED"));
        var exported = HsdsSpecification.unzip(exportZip(municipality));
        var original = HsdsSpecification.unzip(HsdsSpecification.csvExample(version));
        for (var file : original.keySet()) {
            if (!file.endsWith(".csv")) {
                continue;
            }
            assertThat(exported).as("tables").containsKey(file);
            var rows = HsdsSpecification.csv(exported.get(file));
            for (var row : HsdsSpecification.csv(original.get(file))) {
                assertThat(rows).as("%s row %s", file, row.get("id"))
                        .anySatisfy(out -> assertThat(out).containsAllEntriesOf(row));
            }
        }
        assertThat(outcomes(upload(exportZip(municipality)))).isNotEmpty().allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    @Test
    void the_exported_tables_are_valid_rows_of_the_released_schemas() {
        upload(HsdsSpecification.csvExample(Version.V3_0));
        upload(json(HsdsSpecification.example(Version.V3_0, "service_full.json")));

        var tables = HsdsSpecification.unzip(exportZip(municipality));

        var datapackage = HsdsSpecification.JSON.convertValue(readJson(tables.get("datapackage.json")), Map.class);
        for (var resource : (List<Map<String, Object>>) datapackage.get("resources")) {
            var name = (String) resource.get("name");
            var fields = (List<Map<String, Object>>) ((Map<String, Object>) resource.get("schema")).get("fields");
            var numbers = fields.stream().filter(f -> "number".equals(f.get("type"))).map(f -> (String) f.get("name")).toList();
            var required = (List<String>) HsdsSpecification.JSON.convertValue(readJson(HsdsSpecification.bytes(Version.V3_0,
                    "schema/" + name + ".json")), Map.class).getOrDefault("required", List.of());
            assertThat(tables).as("the file of %s", name).containsKey((String) resource.get("path"));
            for (var row : HsdsSpecification.csv(tables.get((String) resource.get("path")))) {
                var typed = new LinkedHashMap<String, Object>(row);
                numbers.forEach(column -> typed.computeIfPresent(column, (c, v) -> new java.math.BigDecimal((String) v)));
                // a required text column left empty holds the empty text, as a CSV cannot tell the two apart
                fields.stream().map(f -> (String) f.get("name")).filter(required::contains).forEach(column -> typed.putIfAbsent(column, ""));
                assertThat(problems(schema(Version.V3_0, name), typed)).as("%s %s", name, row.get("id")).isEmpty();
            }
        }
    }

    @Test
    void the_demo_municipalitys_export_is_valid_against_every_version_and_imports_unchanged() {
        var export = exportJson(DEMO_MUNICIPALITY);

        assertThat(export).hasSizeGreaterThanOrEqualTo(68);
        for (var version : Version.values()) {
            var invalid = export.stream().filter(service -> !problems(schema(version, "service"), service).isEmpty())
                    .map(service -> service.get("name") + ": " + problems(schema(version, "service"), service)).toList();
            assertThat(invalid).as("services invalid against %s", version).isEmpty();
        }
        var report = upload(DEMO_MUNICIPALITY, json(export));
        assertThat(report).containsEntry("unchanged", export.size()).containsEntry("created", 0).containsEntry("updated", 0);
        assertThat(outcomes(report)).allMatch(outcome -> outcome.endsWith("UNCHANGED"));
    }

    private static Object readJson(byte[] bytes) {
        try {
            return HsdsSpecification.JSON.readValue(bytes, Object.class);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
