package nl.netwerkkaart.hsds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open Referral HSDS 3.x import and export of the signed-in user's municipality's community resources. An import
 * checks every record first, then writes all valid ones in the one transaction of the call; refused records are
 * reported, not fatal. Records are matched by HSDS id within the municipality, so importing the same data again
 * changes nothing.
 */
@Service
public class HsdsService {

    private final HsdsRepository repository;
    private final Today today;
    private final AreaService areas;
    private final CurrentUser currentUser;
    private final HsdsProperties properties;
    private final JsonMapper json;

    HsdsService(HsdsRepository repository, AreaService areas, CurrentUser currentUser, HsdsProperties properties, JsonMapper json,
                Today today) {
        this.repository = repository;
        this.today = today;
        this.areas = areas;
        this.currentUser = currentUser;
        this.properties = properties;
        this.json = json;
    }

    /** Imports a JSON document already parsed (the GraphQL JSON argument). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    HsdsImportPayload importDocument(Object document) {
        try {
            return importSources(HsdsReader.fromJson(document));
        }
        catch (HsdsDocumentException e) {
            return HsdsImportPayload.failed(UserError.invalid("input.document", e.getMessage()));
        }
    }

    /** Imports an uploaded file: HSDS JSON or a zip of the CSV tables with datapackage.json. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    HsdsImportPayload importFile(byte[] bytes) {
        if (bytes.length > properties.maxUploadBytes()) {
            return HsdsImportPayload.failed(UserError.invalid("file", "must be at most " + properties.maxUploadBytes() + " bytes"));
        }
        try {
            return importSources(HsdsReader.read(bytes, json, properties.maxUploadBytes()));
        }
        catch (HsdsDocumentException e) {
            return HsdsImportPayload.failed(UserError.invalid("file", e.getMessage()));
        }
    }

    private HsdsImportPayload importSources(List<HsdsReader.Source> sources) {
        if (sources.size() > properties.maxServices()) {
            return HsdsImportPayload.failed(UserError.invalid("input.document", "must hold at most " + properties.maxServices() + " services"));
        }
        var municipalityId = currentUser.get().municipalityId();
        var inMunicipality = municipalityId == null || !Ids.isUuid(municipalityId) ? List.<Area>of()
                : areas.withinMunicipality(municipalityId);
        if (inMunicipality.isEmpty()) {
            return HsdsImportPayload.failed(UserError.invalid("input", "your account belongs to no municipality to import into"));
        }
        var context = context(inMunicipality);
        var errors = new ArrayList<HsdsImportReport.RecordError>();
        var unmapped = new TreeSet<String>();
        var valid = new LinkedHashMap<String, Map<String, Object>>();
        for (var source : sources) {
            var result = ServiceCheck.check(source, context);
            unmapped.addAll(result.unmappedTerms());
            errors.addAll(result.errors());
            if (result.values() == null) {
                continue;
            }
            var hsdsId = (String) result.values().get("hsdsId");
            if (valid.containsKey(hsdsId)) {
                errors.add(new HsdsImportReport.RecordError(source.record(), hsdsId, "id", "appears more than once in this import"));
                continue;
            }
            valid.put(hsdsId, result.values());
        }
        var existing = repository.existing(context.municipality().id(), valid.keySet());
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        var userId = currentUser.get().userId();
        for (var entry : valid.entrySet()) {
            var values = stored(entry.getValue());
            var fingerprint = fingerprint(values);
            var known = existing.get(entry.getKey());
            if (known != null && fingerprint.equals(known.fingerprint())) {
                unchanged++;
                continue;
            }
            repository.save(known == null ? Ids.newId() : known.id(), values, fingerprint, userId, known == null);
            if (known == null) {
                created++;
            }
            else {
                updated++;
            }
        }
        return HsdsImportPayload.of(new HsdsImportReport(created, updated, unchanged, errors, List.copyOf(unmapped)));
    }

    /** The municipality's resources as a list of HSDS 3.x service objects, each with its organization and location. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public List<Map<String, Object>> export() {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null || !Ids.isUuid(municipalityId)) {
            return List.of();
        }
        return repository.export(municipalityId.toLowerCase()).stream().map(row -> HsdsExport.service(row, json)).toList();
    }

    private ServiceCheck.Context context(List<Area> inMunicipality) {
        var byName = new HashMap<String, Area>();
        inMunicipality.forEach(area -> byName.putIfAbsent(area.name().strip().toLowerCase(Locale.ROOT), area));
        var kernen = inMunicipality.stream().filter(area -> area.kind() == Area.AreaKind.KERN).toList();
        var mapping = new HashMap<String, HsdsProperties.TermMapping>();
        for (var term : properties.taxonomyMapping()) {
            if (term.term() != null) {
                mapping.putIfAbsent(term.term().strip().toLowerCase(Locale.ROOT), term);
            }
        }
        return new ServiceCheck.Context(inMunicipality.get(0), byName, kernen, repository.expertises(),
                new HashSet<>(repository.lifeDomainCodes()), mapping, today.date());
    }

    /** The values as stored: the nested lists as JSON text. */
    private Map<String, Object> stored(Map<String, Object> values) {
        var stored = new HashMap<>(values);
        for (var key : List.of("schedules", "contacts", "costOptions", "taxonomyTerms")) {
            var list = (List<?>) values.get(key);
            stored.put(key, list.isEmpty() ? null : json.writeValueAsString(list));
        }
        return stored;
    }

    private String fingerprint(Map<String, Object> values) {
        try {
            var canonical = json.writeValueAsString(new java.util.TreeMap<>(values));
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
