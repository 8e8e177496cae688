package nl.netwerkkaart.hsds;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;

/**
 * The released Open Referral HSDS specification as vendored in {@code src/test/resources/hsds-spec}: its schemas,
 * validated with JSON Schema 2020-12 (the dialect its OpenAPI file declares; the schema files declare none) with their
 * {@code $ref}s resolved among the vendored files, and its official examples.
 */
final class HsdsSpecification {

    /** A release or branch of the specification, by the folder it is vendored in. */
    enum Version {
        V3_0("v3.0-c457a0e3ecb0cfe43525ea8bcdbfd62542ed6730"),
        BRANCH_3_0("3.0-279fd2eb3552c349bf698c07c00cc25f5fc8249b"),
        V3_1_DEV("3.1-dev-abc731c8ac11825010e9d74a0ab61dcd48e880ec");

        final String folder;

        Version(String folder) {
            this.folder = folder;
        }
    }

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final String BASE = "https://hsds-spec.netwerkkaart.test/";
    /** Where every version's OpenAPI file points its response schemas: the 3.0 branch, vendored as such. */
    private static final String PUBLISHED = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers
                    .mapPrefix(BASE, "classpath:hsds-spec/")
                    .mapPrefix(PUBLISHED, "classpath:hsds-spec/" + Version.BRANCH_3_0.folder + "/schema/")));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
    private static final Map<String, JsonSchema> SCHEMAS = new HashMap<>();

    private HsdsSpecification() {
    }

    /** The schema of an object type, e.g. {@code service}, of a version. */
    static synchronized JsonSchema schema(Version version, String type) {
        return SCHEMAS.computeIfAbsent(version.folder + "/" + type,
                key -> FACTORY.getSchema(SchemaLocation.of(BASE + version.folder + "/schema/" + type + ".json"), CONFIG));
    }

    /**
     * The schema of the 200 response of a path of a version's OpenAPI file, e.g. {@code /services/{id}}.
     */
    static synchronized JsonSchema response(Version version, String path) {
        var pointer = "/paths/" + path.replace("~", "~0").replace("/", "~1") + "/get/responses/200/content/application~1json/schema";
        return SCHEMAS.computeIfAbsent(version.folder + " openapi " + path, key -> FACTORY.getSchema(
                SchemaLocation.of(BASE + version.folder + "/schema/openapi.json#" + pointer), CONFIG));
    }

    /** The validation messages of a value against a schema; empty when valid. */
    static List<String> problems(JsonSchema schema, Object value) {
        return schema.validate(JSON.valueToTree(value)).stream().map(Object::toString).toList();
    }

    static byte[] bytes(Version version, String file) {
        try (InputStream in = HsdsSpecification.class.getResourceAsStream("/hsds-spec/" + version.folder + "/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no " + file + " in " + version.folder);
            }
            return in.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> example(Version version, String file) {
        try {
            return JSON.readValue(bytes(version, "examples/" + file), LinkedHashMap.class);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version's tabular example (examples/csv) as a zip, as a publisher would send it. */
    static byte[] csvExample(Version version) {
        try {
            var folder = Path.of("src/test/resources/hsds-spec", version.folder, "examples/csv");
            var files = new TreeMap<String, byte[]>();
            try (var list = Files.list(folder)) {
                for (var file : list.toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
            return zip(files);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] zip(Map<String, byte[]> files) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        var files = new TreeMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A CSV file's rows as maps of the header's columns to cell text; empty cells left out. */
    static List<Map<String, String>> csv(byte[] file) {
        var rows = new ArrayList<Map<String, String>>();
        for (var row : Csv.parse(new String(file, StandardCharsets.UTF_8), java.util.Set.of())) {
            var cells = new LinkedHashMap<String, String>();
            row.forEach((column, value) -> cells.put(column, String.valueOf(value)));
            rows.add(cells);
        }
        return rows;
    }

    /** A value with sorted keys and numbers in one spelling, for comparing documents. */
    static Object canonical(Object value) {
        if (value instanceof Map<?, ?> map) {
            var sorted = new TreeMap<String, Object>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), canonical(v)));
            return sorted;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(HsdsSpecification::canonical).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return value;
    }

    /** Whether a term's taxonomy is one Netwerkkaart writes its own classification in. */
    @SuppressWarnings("unchecked")
    static boolean ownAttribute(Object attribute) {
        var term = (Map<String, Object>) ((Map<String, Object>) attribute).get("taxonomy_term");
        return term != null && String.valueOf(term.get("taxonomy")).startsWith("netwerkkaart-");
    }

    /**
     * An exported service without what Netwerkkaart adds to every export: the attributes of its own taxonomies and
     * the metadata of its own changes (entries whose id the original does not have); lists left empty go.
     */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withoutOwnAdditions(Map<String, Object> exported, Map<String, Object> original) {
        var copy = new LinkedHashMap<>(exported);
        var attributes = ((List<Object>) copy.getOrDefault("attributes", List.of())).stream().filter(a -> !ownAttribute(a)).toList();
        var originalMetadata = ((List<Map<String, Object>>) original.getOrDefault("metadata", List.of())).stream()
                .map(m -> m.get("id")).toList();
        var metadata = ((List<Map<String, Object>>) copy.getOrDefault("metadata", List.of())).stream()
                .filter(m -> originalMetadata.contains(m.get("id"))).toList();
        copy.put("attributes", attributes);
        copy.put("metadata", metadata);
        if (attributes.isEmpty() && !original.containsKey("attributes")) {
            copy.remove("attributes");
        }
        if (metadata.isEmpty() && !original.containsKey("metadata")) {
            copy.remove("metadata");
        }
        return copy;
    }
}
