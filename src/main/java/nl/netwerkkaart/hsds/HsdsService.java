package nl.netwerkkaart.hsds;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.UserError;
import nl.netwerkkaart.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open Referral HSDS 3.x import and export of the signed-in user's municipality's sociale kaart. Imports run in
 * batches of their own transactions ({@link HsdsImporter}), so these methods open none themselves; each import is
 * registered as a job whose progress can be followed while it runs.
 */
@Service
public class HsdsService {

    private static final Logger log = LoggerFactory.getLogger(HsdsService.class);

    private final HsdsImporter importer;
    private final HsdsRepository repository;
    private final HsdsImportJobs jobs;
    private final CurrentUser currentUser;
    private final HsdsProperties properties;
    private final Today today;
    /** Feed pulls run in the background: a feed of 2,000 services takes longer than a request may. */
    private final ExecutorService pulls = Executors.newFixedThreadPool(2, runnable -> {
        var thread = new Thread(runnable, "hsds-pull");
        thread.setDaemon(true);
        return thread;
    });

    HsdsService(HsdsImporter importer, HsdsRepository repository, HsdsImportJobs jobs, CurrentUser currentUser,
                HsdsProperties properties, Today today) {
        this.importer = importer;
        this.repository = repository;
        this.jobs = jobs;
        this.currentUser = currentUser;
        this.properties = properties;
        this.today = today;
    }

    @PreDestroy
    void stop() {
        pulls.shutdownNow();
    }

    private HsdsImporter.Actor actor() {
        var user = currentUser.get();
        return new HsdsImporter.Actor(user.userId(), user.municipalityId());
    }

    /** Imports a JSON document already parsed (the GraphQL JSON argument), at most as large as an uploaded file. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    HsdsImportPayload importDocument(Object document) {
        var size = HsdsJson.write(document).getBytes(StandardCharsets.UTF_8).length;
        if (size > properties.maxUploadBytes()) {
            return HsdsImportPayload.failed(UserError.invalid("input.document", "must be at most " + properties.maxUploadBytes() + " bytes"));
        }
        try {
            return run(HsdsReader.fromJson(HsdsJson.copy(document)), "importHsds");
        }
        catch (HsdsDocumentException e) {
            return HsdsImportPayload.failed(UserError.invalid("input.document", e.getMessage()));
        }
    }

    /** Imports an uploaded file: HSDS JSON or a zip of the CSV tables with datapackage.json. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    HsdsImportPayload importFile(byte[] bytes) {
        if (bytes.length > properties.maxUploadBytes()) {
            return HsdsImportPayload.failed(UserError.invalid("file", "must be at most " + properties.maxUploadBytes() + " bytes"));
        }
        try {
            return run(HsdsReader.read(bytes, properties.maxUploadBytes()), "/hsds/import");
        }
        catch (HsdsDocumentException e) {
            return HsdsImportPayload.failed(UserError.invalid("file", e.getMessage()));
        }
    }

    private HsdsImportPayload run(List<HsdsReader.Source> sources, String source) {
        var actor = actor();
        var job = jobs.start(actor.municipalityId(), source);
        var payload = importer.run(sources, actor, job);
        job.finish(payload);
        return payload;
    }

    /**
     * Starts pulling another system's HSDS API into the municipality: every service the first time, those changed since
     * the last complete pull of the same feed afterwards (unless {@code full}). Answers at once with the job, whose
     * progress and report {@code hsdsImportJobs} shows.
     */
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    HsdsPullPayload pull(PullHsdsFeedInput input) {
        var actor = actor();
        if (actor.municipalityId() == null || !Ids.isUuid(actor.municipalityId())) {
            return HsdsPullPayload.failed(UserError.invalid("input", "your account belongs to no municipality to import into"));
        }
        var baseUrl = input.baseUrl() == null ? "" : input.baseUrl().strip();
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        var problem = urlProblem(baseUrl);
        if (problem != null) {
            return HsdsPullPayload.failed(UserError.invalid("input.baseUrl", problem));
        }
        var municipalityId = actor.municipalityId().toLowerCase(Locale.ROOT);
        var feed = baseUrl;
        var modifiedAfter = Boolean.TRUE.equals(input.full()) ? null : repository.lastPull(municipalityId, feed);
        var job = jobs.start(municipalityId, feed);
        var startedAt = today.now();
        pulls.submit(() -> {
            try {
                var sources = new HsdsFeedPuller(properties).pull(feed, input.apiKey(), modifiedAfter, job::phase);
                var payload = importer.run(sources, actor, job);
                if (payload.userErrors().isEmpty() && payload.report().refused() == 0) {
                    repository.recordPull(municipalityId, feed, startedAt);
                }
                job.finish(payload);
            }
            catch (HsdsDocumentException e) {
                job.finish(HsdsImportPayload.failed(UserError.invalid("input.baseUrl", e.getMessage())));
            }
            catch (RuntimeException e) {
                log.error("HSDS pull from {} failed", feed, e);
                job.finish(HsdsImportPayload.failed(UserError.invalid("input.baseUrl", "the pull failed: " + e.getClass().getSimpleName())));
            }
        });
        return new HsdsPullPayload(job.view(), modifiedAfter, List.of());
    }

    private String urlProblem(String baseUrl) {
        try {
            var uri = new URI(baseUrl);
            if (!("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null
                    || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
                return "must be the http(s) base address of an HSDS API, without query, e.g. https://example.org/hsds";
            }
        }
        catch (URISyntaxException e) {
            return "must be the http(s) base address of an HSDS API, e.g. https://example.org/hsds";
        }
        var allowed = properties.pull().allowedUrls();
        if (!allowed.isEmpty()) {
            return allowed.stream().anyMatch(prefix -> baseUrl.startsWith(prefix.strip())) ? null
                    : "is not one of the feeds this service may read (netwerkkaart.hsds.pull.allowed-urls)";
        }
        // Without a list, only public addresses: the service fetches what it is given, and must not become a way into
        // the municipality's own network (or the cloud's metadata address) for whoever may start a pull.
        return internal(URI.create(baseUrl).getHost())
                ? "is an address inside the service's own network; list the feeds you trust in netwerkkaart.hsds.pull.allowed-urls"
                : null;
    }

    /** Whether the host is or resolves to a loopback, link-local, private, wildcard or multicast address. */
    static boolean internal(String host) {
        try {
            for (var address : InetAddress.getAllByName(host)) {
                if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                        || address.isAnyLocalAddress() || address.isMulticastAddress()
                        // IPv6 unique local addresses (fc00::/7), which Java does not count as site-local
                        || address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc) {
                    return true;
                }
            }
            return false;
        }
        catch (UnknownHostException e) {
            // unknown now; the pull reports it when it cannot connect
            return false;
        }
    }

    /** The municipality's imports and pulls, newest first; only the one with {@code id} when given. */
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    List<HsdsImportJobs.View> jobs(String id) {
        var municipalityId = currentUser.get().municipalityId();
        return jobs.of(municipalityId).stream().filter(job -> id == null || job.id().equalsIgnoreCase(id))
                .map(HsdsImportJobs.Job::view).toList();
    }

    /** The municipality's resources as a list of HSDS 3.x service objects, each with its organization and location. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public List<Map<String, Object>> export() {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null || !Ids.isUuid(municipalityId)) {
            return List.of();
        }
        return repository.allServices(municipalityId.toLowerCase(Locale.ROOT)).stream().map(HsdsExport::service).toList();
    }

    /** The municipality's sociale kaart as an HSDS tabular data package (zip of CSV files with datapackage.json). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('ADMIN', 'MUNICIPALITY')")
    public byte[] exportTables() {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null || !Ids.isUuid(municipalityId)) {
            return HsdsCsvExport.zip(List.of(), List.of(), Map.of());
        }
        var municipality = municipalityId.toLowerCase(Locale.ROOT);
        var services = repository.allServices(municipality).stream().map(HsdsExport::service).toList();
        var organizations = repository.organisationsOf(municipality).stream().map(HsdsExport::organization).toList();
        var records = new java.util.LinkedHashMap<String, List<Map<String, Object>>>();
        repository.allRecords(municipality).forEach((type, documents) ->
                records.put(type, documents.stream().map(HsdsJson::readObject).toList()));
        return HsdsCsvExport.zip(services, organizations, records);
    }
}
