package nl.netwerkkaart.hsds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The sociale kaart as an HSDS tabular data package: a zip of one CSV file per table and the {@code datapackage.json}
 * of the HSDS 3.0 release describing them. The nested objects of the export are written as rows tied by their
 * {@code *_id} columns; what a table holds beyond the release's columns (3.1 fields, extensions) goes in extra columns
 * that the datapackage describes too, and the 3.1 tables (service_capacity, units, url) are added when used, so
 * nothing is lost.
 */
final class HsdsCsvExport {

    /** The HSDS 3.0 release's datapackage.json (tag v3.0, commit c457a0e3ecb0cfe43525ea8bcdbfd62542ed6730). */
    static final String RELEASE_DATAPACKAGE = "/hsds/v3.0-c457a0e3ecb0cfe43525ea8bcdbfd62542ed6730/datapackage.json";

    private HsdsCsvExport() {
    }

    /**
     * @param services      full service objects, each with its organization
     * @param organizations organization objects, without services
     * @param records       stored records (taxonomies, terms, rows no service nests) by type
     */
    static byte[] zip(List<Map<String, Object>> services, List<Map<String, Object>> organizations,
                      Map<String, List<Map<String, Object>>> records) {
        var tables = new LinkedHashMap<String, Map<String, Map<String, Object>>>();
        services.forEach(service -> HsdsModel.flatten(service, HsdsReader.SERVICE, tables, null, null));
        organizations.forEach(organization -> HsdsModel.flatten(organization, HsdsReader.ORGANIZATION, tables, null, null));
        records.forEach((type, documents) -> documents.forEach(document -> {
            if (HsdsModel.NESTED.containsKey(type)) {
                HsdsModel.flatten(document, type, tables, null, null);
            }
        }));
        var datapackage = releaseDatapackage();
        var resources = new ArrayList<Map<String, Object>>();
        var described = new LinkedHashMap<String, Map<String, Object>>();
        for (var resource : HsdsJson.objects(datapackage.get("resources"))) {
            described.put(String.valueOf(resource.get("name")), resource);
        }
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var table : HsdsModel.FILES.entrySet()) {
                var rows = new ArrayList<>(tables.getOrDefault(table.getKey(), Map.of()).values());
                var resource = described.get(table.getKey());
                if (resource == null && rows.isEmpty()) {
                    continue;
                }
                var header = new LinkedHashSet<String>();
                var fields = new ArrayList<Map<String, Object>>();
                if (resource != null) {
                    var schema = HsdsJson.object(resource.get("schema"));
                    for (var field : HsdsJson.objects(schema.get("fields"))) {
                        header.add(String.valueOf(field.get("name")));
                        fields.add(field);
                    }
                }
                for (var row : rows) {
                    for (var column : row.keySet()) {
                        if (header.add(column)) {
                            fields.add(HsdsExport.object("name", column, "type", "string"));
                        }
                    }
                }
                var file = resource != null ? String.valueOf(resource.get("path")) : table.getValue();
                zip.putNextEntry(new ZipEntry(file));
                zip.write(Csv.write(List.copyOf(header), rows).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
                var copy = resource != null ? HsdsJson.copyObject(resource)
                        : HsdsExport.object("name", table.getKey(), "path", table.getValue(), "profile", "tabular-data-resource",
                        "format", "csv", "mediatype", "text/csv", "schema", HsdsExport.object("primaryKey", "id"));
                HsdsJson.object(copy.get("schema")).put("fields", fields);
                resources.add(copy);
            }
            datapackage.put("resources", resources);
            zip.putNextEntry(new ZipEntry("datapackage.json"));
            zip.write(HsdsJson.write(datapackage).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HSDS zip in memory", e);
        }
        return out.toByteArray();
    }

    private static Map<String, Object> releaseDatapackage() {
        try (InputStream in = HsdsCsvExport.class.getResourceAsStream(RELEASE_DATAPACKAGE)) {
            return HsdsJson.copyObject(HsdsJson.MAPPER.readValue(in.readAllBytes(), LinkedHashMap.class));
        }
        catch (IOException e) {
            throw new UncheckedIOException("The HSDS datapackage.json is missing from the build", e);
        }
    }
}
