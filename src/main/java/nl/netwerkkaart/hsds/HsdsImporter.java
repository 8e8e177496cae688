package nl.netwerkkaart.hsds;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.area.Area;
import nl.netwerkkaart.area.AreaService;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.hsds.HsdsImportReport.Outcome;
import nl.netwerkkaart.hsds.HsdsImportReport.Problem;
import nl.netwerkkaart.hsds.HsdsImportReport.RecordOutcome;
import nl.netwerkkaart.hsds.HsdsReader.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports HSDS records into one municipality. Every record is checked first, without writing; then the records are
 * written in batches, each batch in a transaction of its own, so a large import stays within the transaction timeout
 * and reports progress after each batch. A batch that fails is written again one record at a time, so one record the
 * database refuses refuses only itself. Records are matched by HSDS id within the municipality: a record whose
 * content is what an export would give now is {@code unchanged} and not written at all.
 */
@Component
class HsdsImporter {

    private static final Logger log = LoggerFactory.getLogger(HsdsImporter.class);

    /** Who imports into which municipality; passed in, since a pulled feed imports outside any request. */
    record Actor(String userId, String municipalityId) {
    }

    /** Progress after each batch: records done of all records. */
    interface Progress {
        void update(int done, int total);

        Progress NONE = (done, total) -> { };
    }

    private final HsdsRepository repository;
    private final AreaService areas;
    private final HsdsProperties properties;
    private final Today today;
    private final TransactionTemplate transactions;

    HsdsImporter(HsdsRepository repository, AreaService areas, HsdsProperties properties, Today today,
                 PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.areas = areas;
        this.properties = properties;
        this.today = today;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The checked service: its source, what the check read, and the organisation it links to (HSDS id). */
    private record CheckedService(Source source, ServiceCheck.Result result, String organizationId) {

        String hsdsId() {
            return (String) result.values().get("hsdsId");
        }
    }

    /** A checked organisation or other record, with its id as the import matches it. */
    private record CheckedRecord(Source source, String hsdsId, Map<String, Object> object, Map<String, Object> values) {
    }

    /** What one import collects. */
    private static final class Run {
        final List<RecordOutcome> records = new ArrayList<>();
        final List<Problem> errors = new ArrayList<>();
        final List<Problem> flags = new ArrayList<>();
        final Set<String> unmapped = new TreeSet<>();
        int created;
        int updated;
        int unchanged;
        int refused;
        int batches;
        int done;
        int total;

        void outcome(Source source, String type, String hsdsId, String name, Outcome outcome) {
            records.add(new RecordOutcome(source.record(), type, hsdsId, name, outcome));
            if (type.equals(HsdsReader.SERVICE)) {
                switch (outcome) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                    case REFUSED -> refused++;
                }
            }
        }

        void refuse(Source source, String type, String hsdsId, String name, String field, String reason) {
            errors.add(new Problem(source.record(), hsdsId, name, field, reason));
            outcome(source, type, hsdsId, name, Outcome.REFUSED);
        }
    }

    HsdsImportPayload run(List<Source> sources, Actor actor, Progress progress) {
        var services = sources.stream().filter(s -> s.type().equals(HsdsReader.SERVICE)).count();
        if (services > properties.maxServices()) {
            return HsdsImportPayload.failed(UserError.invalid("input.document", "must hold at most " + properties.maxServices() + " services"));
        }
        var municipalityId = actor.municipalityId() == null || !Ids.isUuid(actor.municipalityId()) ? null
                : actor.municipalityId().toLowerCase(Locale.ROOT);
        var inMunicipality = municipalityId == null ? List.<Area>of() : areas.withinMunicipality(municipalityId);
        if (inMunicipality.isEmpty()) {
            return HsdsImportPayload.failed(UserError.invalid("input", "your account belongs to no municipality to import into"));
        }
        var context = context(inMunicipality);
        var municipality = context.municipality().id();
        var run = new Run();

        var organisations = new LinkedHashMap<String, CheckedRecord>();
        var checked = new ArrayList<CheckedService>();
        var seenServices = new HashMap<String, String>();
        var records = new LinkedHashMap<String, LinkedHashMap<String, CheckedRecord>>();
        for (var source : sources) {
            switch (source.type()) {
                case HsdsReader.ORGANIZATION -> organisation(run, organisations, source, source.object());
                case HsdsReader.SERVICE -> {
                    var result = ServiceCheck.check(source.record(), source.object(), context);
                    run.flags.addAll(result.flags());
                    run.unmapped.addAll(result.unmappedTerms());
                    if (result.values() == null) {
                        run.errors.addAll(result.errors());
                        var problem = result.errors().get(0);
                        run.outcome(source, HsdsReader.SERVICE, problem.hsdsId(), problem.name(), Outcome.REFUSED);
                        continue;
                    }
                    var hsdsId = (String) result.values().get("hsdsId");
                    if (seenServices.containsKey(hsdsId)) {
                        run.refuse(source, HsdsReader.SERVICE, hsdsId, (String) result.values().get("name"), "id",
                                "appears more than once in this import; the first, " + seenServices.get(hsdsId) + ", is kept");
                        continue;
                    }
                    seenServices.put(hsdsId, source.record());
                    var nested = HsdsJson.object(source.object().get("organization"));
                    if (nested != null) {
                        organisation(run, organisations, new Source(source.record() + ".organization", HsdsReader.ORGANIZATION,
                                nested, null, null), nested);
                    }
                    var organizationId = nested != null ? HsdsJson.idKey(nested.get("id"))
                            : HsdsJson.idKey(source.object().get("organization_id")) != null ? HsdsJson.idKey(source.object().get("organization_id"))
                            : HsdsJson.idKey(source.organizationId());
                    checked.add(new CheckedService(source, result, organizationId));
                    harvestTerms(run, records, source, source.object());
                }
                default -> other(run, records, source);
            }
        }
        run.total = organisations.size() + checked.size() + records.values().stream().mapToInt(Map::size).sum();

        var organisationNodes = new HashMap<String, String>();
        var checkedOrganisations = new ArrayList<>(organisations.values());
        for (var batch : batches(checkedOrganisations, properties.batchSize())) {
            write(run, batch, progress, items -> items.forEach(item -> writeOrganisation(run, municipality, item, organisationNodes)),
                    item -> refuseUnstored(run, item.source(), HsdsReader.ORGANIZATION, item.hsdsId(), (String) item.values().get("name")));
        }
        var referenced = new HashSet<String>();
        checked.forEach(service -> {
            if (service.organizationId() != null && !organisationNodes.containsKey(service.organizationId())) {
                referenced.add(service.organizationId());
            }
        });
        if (!referenced.isEmpty()) {
            repository.organisations(municipality, referenced).forEach((hsdsId, row) -> organisationNodes.put(hsdsId, row.string("id")));
        }
        for (var batch : batches(checked, properties.batchSize())) {
            write(run, batch, progress, items -> {
                // looked up in the batch's own transaction, so a retry sees what a parallel import wrote meanwhile
                var existing = repository.services(municipality, items.stream().map(CheckedService::hsdsId).toList());
                items.forEach(item -> writeService(run, municipality, context, actor, item, existing.get(item.hsdsId()), organisationNodes));
            }, item -> refuseUnstored(run, item.source(), HsdsReader.SERVICE, item.hsdsId(), (String) item.result().values().get("name")));
        }
        for (var type : records.entrySet()) {
            for (var batch : batches(new ArrayList<>(type.getValue().values()), properties.batchSize() * 5)) {
                write(run, batch, progress, items -> writeRecords(run, municipality, type.getKey(), items),
                        item -> refuseUnstored(run, item.source(), type.getKey(), item.hsdsId(), null));
            }
        }
        log.info("HSDS import into {}: {} services created, {} updated, {} unchanged, {} refused; {} records in {} batches",
                municipality, run.created, run.updated, run.unchanged, run.refused, run.records.size(), run.batches);
        return HsdsImportPayload.of(new HsdsImportReport(run.created, run.updated, run.unchanged, run.refused,
                run.records, run.errors, run.flags, List.copyOf(run.unmapped), run.batches));
    }

    /**
     * Writes a batch in one transaction; when that fails, each item in a transaction of its own, and an item that fails
     * again is refused.
     */
    private <T> void write(Run run, List<T> batch, Progress progress, Consumer<List<T>> writer, Consumer<T> refuse) {
        var outcomes = run.records.size();
        var errors = run.errors.size();
        var counts = new int[] {run.created, run.updated, run.unchanged, run.refused};
        try {
            transactions.executeWithoutResult(tx -> writer.accept(batch));
            run.batches++;
        }
        catch (RuntimeException batchFailure) {
            log.warn("HSDS import batch failed, writing its {} records one by one: {}", batch.size(), batchFailure.toString());
            run.records.subList(outcomes, run.records.size()).clear();
            run.errors.subList(errors, run.errors.size()).clear();
            run.created = counts[0];
            run.updated = counts[1];
            run.unchanged = counts[2];
            run.refused = counts[3];
            for (var item : batch) {
                try {
                    transactions.executeWithoutResult(tx -> writer.accept(List.of(item)));
                    run.batches++;
                }
                catch (RuntimeException e) {
                    log.warn("HSDS import refused a record the database did not take: {}", e.toString());
                    refuse.accept(item);
                }
            }
        }
        run.done += batch.size();
        progress.update(run.done, run.total);
    }

    private static void refuseUnstored(Run run, Source source, String type, String hsdsId, String name) {
        run.refuse(source, type, hsdsId, name, "id", "could not be stored: another import wrote the same id at the same "
                + "moment, or the database refused it; importing again finds it");
    }

    private void organisation(Run run, Map<String, CheckedRecord> organisations, Source source, Map<String, Object> object) {
        var result = ServiceCheck.organization(source.record(), object);
        if (result.values() == null) {
            run.errors.addAll(result.errors());
            var problem = result.errors().get(0);
            run.outcome(source, HsdsReader.ORGANIZATION, problem.hsdsId(), problem.name(), Outcome.REFUSED);
            return;
        }
        run.flags.addAll(result.flags());
        var hsdsId = (String) result.values().get("hsdsId");
        var document = HsdsJson.copyObject(object);
        document.remove("services");
        var first = organisations.get(hsdsId);
        if (first == null) {
            organisations.put(hsdsId, new CheckedRecord(source, hsdsId, document, result.values()));
        }
        else if (!HsdsJson.canonical(first.object()).equals(HsdsJson.canonical(document))) {
            run.refuse(source, HsdsReader.ORGANIZATION, hsdsId, (String) result.values().get("name"), "id",
                    "appears again with other content; the first, " + first.source().record() + ", is kept");
        }
    }

    /** Taxonomy terms and taxonomies anywhere in a service, kept as records of their own for the API's listings. */
    private static void harvestTerms(Run run, Map<String, LinkedHashMap<String, CheckedRecord>> records, Source source, Object value) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> {
                var object = HsdsJson.object(item);
                if (object != null && key.equals("taxonomy_term") && !HsdsModel.isOwnTaxonomy(HsdsModel.taxonomyOf(object))) {
                    addRecord(records, HsdsReader.TAXONOMY_TERM, new Source(source.record() + " taxonomy_term", HsdsReader.TAXONOMY_TERM, object, null, null));
                }
                if (object != null && key.equals("taxonomy_detail") && !HsdsModel.isOwnTaxonomy(HsdsJson.string(object, "name"))) {
                    addRecord(records, HsdsReader.TAXONOMY, new Source(source.record() + " taxonomy", HsdsReader.TAXONOMY, object, null, null));
                }
                harvestTerms(run, records, source, item);
            });
        }
        else if (value instanceof List<?> list) {
            list.forEach(item -> harvestTerms(run, records, source, item));
        }
    }

    private static void addRecord(Map<String, LinkedHashMap<String, CheckedRecord>> records, String type, Source source) {
        var hsdsId = HsdsJson.idKey(source.object().get("id"));
        if (hsdsId != null) {
            records.computeIfAbsent(type, t -> new LinkedHashMap<>())
                    .putIfAbsent(hsdsId, new CheckedRecord(source, hsdsId, source.object(), Map.of()));
        }
    }

    /** A taxonomy, term or loose table row: kept as it came, under its id. */
    private static void other(Run run, Map<String, LinkedHashMap<String, CheckedRecord>> records, Source source) {
        if ((source.type().equals(HsdsReader.TAXONOMY_TERM) && HsdsModel.isOwnTaxonomy(HsdsModel.taxonomyOf(source.object())))
                || (source.type().equals(HsdsReader.TAXONOMY) && HsdsModel.isOwnTaxonomy(HsdsJson.string(source.object(), "name")))) {
            // our own classification, written by an export and derived again from the services
            return;
        }
        var hsdsId = HsdsJson.idKey(source.object().get("id"));
        if (hsdsId == null) {
            run.refuse(source, source.type(), null, null, "id", "is required");
            return;
        }
        var problem = new ArrayList<String>();
        checkCharacters(source.object(), "", problem);
        if (!problem.isEmpty()) {
            run.refuse(source, source.type(), hsdsId, null, problem.get(0), problem.get(1));
            return;
        }
        var byId = records.computeIfAbsent(source.type(), t -> new LinkedHashMap<>());
        // an explicit record wins over a copy found nested in a service
        byId.put(hsdsId, new CheckedRecord(source, hsdsId, source.object(), Map.of()));
    }

    private static void checkCharacters(Object value, String path, List<String> problem) {
        if (!problem.isEmpty()) {
            return;
        }
        if (value instanceof String text) {
            nl.netwerkkaart.api.TextCharacters.problem(text, true).ifPresent(reason -> {
                problem.add(path);
                problem.add(reason);
            });
        }
        else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkCharacters(item, path.isEmpty() ? String.valueOf(key) : path + "." + key, problem));
        }
        else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkCharacters(list.get(i), path + "[" + i + "]", problem);
            }
        }
    }

    private void writeOrganisation(Run run, String municipality, CheckedRecord item, Map<String, String> nodes) {
        var name = (String) item.values().get("name");
        var existing = repository.organisations(municipality, List.of(item.hsdsId())).get(item.hsdsId());
        if (existing != null) {
            nodes.put(item.hsdsId(), existing.string("id"));
            var now = HsdsExport.organization(existing);
            if (HsdsJson.canonical(HsdsModel.content(now, HsdsReader.ORGANIZATION))
                    .equals(HsdsJson.canonical(HsdsModel.content(item.object(), HsdsReader.ORGANIZATION)))) {
                run.outcome(item.source(), HsdsReader.ORGANIZATION, item.hsdsId(), name, Outcome.UNCHANGED);
                return;
            }
            if (existing.string("hsdsId") == null) {
                run.refuse(item.source(), HsdsReader.ORGANIZATION, item.hsdsId(), name, "id",
                        "is organisation '" + existing.string("name") + "' of Netwerkkaart's directory; change it there");
                return;
            }
        }
        var values = new HashMap<>(item.values());
        values.put("hsdsKey", municipality + ":" + item.hsdsId());
        values.put("municipalityId", municipality);
        values.put("hsdsDocument", HsdsJson.write(item.object()));
        values.put("hsdsBaseline", HsdsJson.write(item.values()));
        var id = existing != null ? existing.string("id") : Ids.newId();
        repository.saveOrganisation(id, values);
        nodes.put(item.hsdsId(), id);
        run.outcome(item.source(), HsdsReader.ORGANIZATION, item.hsdsId(), name, existing != null ? Outcome.UPDATED : Outcome.CREATED);
    }

    private void writeService(Run run, String municipality, ServiceCheck.Context context, Actor actor, CheckedService item,
                              Row existing, Map<String, String> organisationNodes) {
        var ownChanges = existing == null ? Set.<String>of() : HsdsExport.changeIds(existing);
        var incoming = HsdsJson.copyObject(item.source().object());
        var result = item.result();
        if (item.source().atLocation() != null) {
            incoming.put("service_at_locations", withAtLocation(incoming, existing, item.source().atLocation()));
            // the location read from the merged entries
            result = ServiceCheck.check(item.source().record(), incoming, context);
        }
        var values = new HashMap<>(result.values());
        var name = (String) values.get("name");
        if (existing != null) {
            var now = HsdsExport.service(existing);
            var linkedNow = HsdsExport.current(existing).get("organisationId");
            if (Objects.equals(linkedNow, item.organizationId())
                    && HsdsJson.canonical(HsdsExport.comparable(now, ownChanges)).equals(HsdsJson.canonical(HsdsExport.comparable(incoming, ownChanges)))) {
                run.outcome(item.source(), HsdsReader.SERVICE, item.hsdsId(), name, Outcome.UNCHANGED);
                return;
            }
        }
        var document = HsdsJson.copyObject(incoming);
        document.remove("organization");
        HsdsExport.stripOwn(document, ownChanges);
        var organisationNode = item.organizationId() == null ? null : organisationNodes.get(item.organizationId());
        values.put("hsdsKey", municipality + ":" + item.hsdsId());
        values.put("hsdsDocument", HsdsJson.write(document));
        values.put("hsdsBaseline", HsdsJson.write(HsdsExport.baseline(result.values(), organisationNode == null ? null : item.organizationId())));
        values.put("hsdsFlags", result.flags().stream().map(flag -> flag.field() + ": " + flag.reason()).toList());
        values.put("hsdsTermIds", termIds(document));
        values.put("organisationId", organisationNode);
        for (var key : List.of("schedules", "contacts", "costOptions", "taxonomyTerms")) {
            var list = (List<?>) values.get(key);
            values.put(key, list.isEmpty() ? null : HsdsJson.write(list));
        }
        var id = existing != null ? existing.row("resource").string("id") : Ids.newId();
        repository.saveService(id, values, actor.userId(), existing == null);
        run.outcome(item.source(), HsdsReader.SERVICE, item.hsdsId(), name, existing == null ? Outcome.CREATED : Outcome.UPDATED);
    }

    /** The service's service_at_locations with the entry it came in put in place of the one with its id, or added. */
    private static List<Object> withAtLocation(Map<String, Object> incoming, Row existing, Map<String, Object> atLocation) {
        var base = incoming.containsKey("service_at_locations") ? HsdsJson.objects(incoming.get("service_at_locations"))
                : existing != null ? HsdsJson.objects(HsdsExport.service(existing).get("service_at_locations")) : List.<Map<String, Object>>of();
        var merged = new ArrayList<Object>();
        var id = HsdsJson.idKey(atLocation.get("id"));
        boolean placed = false;
        for (var entry : base) {
            if (id != null && id.equals(HsdsJson.idKey(entry.get("id")))) {
                merged.add(atLocation);
                placed = true;
            }
            else {
                merged.add(entry);
            }
        }
        if (!placed) {
            merged.add(atLocation);
        }
        return merged;
    }

    /** The ids of the terms the service's own attributes name, for the API's taxonomy_term_id filter. */
    private static List<String> termIds(Map<String, Object> document) {
        var ids = new ArrayList<String>();
        for (var attribute : HsdsJson.objects(document.get("attributes"))) {
            var term = HsdsJson.object(attribute.get("taxonomy_term"));
            var id = HsdsJson.idKey(term != null && term.get("id") != null ? term.get("id") : attribute.get("taxonomy_term_id"));
            if (id != null && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    private void writeRecords(Run run, String municipality, String type, List<CheckedRecord> items) {
        var stored = repository.records(municipality, type, items.stream().map(CheckedRecord::hsdsId).toList());
        var changed = new ArrayList<Map<String, Object>>();
        for (var item : items) {
            var before = stored.get(item.hsdsId());
            var name = HsdsJson.string(item.object(), "name");
            var document = stored(type, item.object());
            if (before != null && HsdsJson.canonical(HsdsModel.content(HsdsJson.readObject(before), type))
                    .equals(HsdsJson.canonical(HsdsModel.content(document, type)))) {
                run.outcome(item.source(), type, item.hsdsId(), name, Outcome.UNCHANGED);
                continue;
            }
            changed.add(Map.of("hsdsId", item.hsdsId(), "document", HsdsJson.write(document)));
            run.outcome(item.source(), type, item.hsdsId(), name, before == null ? Outcome.CREATED : Outcome.UPDATED);
        }
        if (!changed.isEmpty()) {
            repository.saveRecords(municipality, type, changed);
        }
    }

    /**
     * A record as kept: a term without its nested taxonomy, which is a record of its own, naming it by taxonomy_id
     * instead, so a term read from an API and the same term read from a table are one record.
     */
    private static Map<String, Object> stored(String type, Map<String, Object> object) {
        if (!type.equals(HsdsReader.TAXONOMY_TERM) || !(object.get("taxonomy_detail") instanceof Map<?, ?> detail)) {
            return object;
        }
        var term = HsdsJson.copyObject(object);
        term.remove("taxonomy_detail");
        if (term.get("taxonomy_id") == null && detail.get("id") != null) {
            term.put("taxonomy_id", detail.get("id"));
        }
        return term;
    }

    private static <T> List<List<T>> batches(List<T> items, int size) {
        var batches = new ArrayList<List<T>>();
        for (int i = 0; i < items.size(); i += size) {
            batches.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return batches;
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
        var domains = new HashSet<String>();
        repository.lifeDomains().forEach(domain -> domains.add(domain.string("code")));
        return new ServiceCheck.Context(inMunicipality.get(0), byName, kernen, repository.expertises(), domains, mapping, today.date());
    }
}
