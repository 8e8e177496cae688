package nl.netwerkkaart.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.audit.UnauditedWarmUp;
import nl.netwerkkaart.security.NetwerkkaartUser;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.security.ServiceViewer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.support.DefaultExecutionGraphQlRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the service hot before it reports ready: after the migrations and the demo data ({@code DatabaseStartup}'s
 * phase), it runs every page's GraphQL queries ({@code static/js/documents/*.graphql}, never a mutation) through the
 * execution engine against a real family, as that family's coach and as its municipality would ask them. That
 * compiles each statement's plan in the database and runs the code paths of the request (GraphQL execution, access
 * rules, the services) so the first request of every page after a restart does not pay for it. The reads run with
 * {@link UnauditedWarmUp}: their results go nowhere, so they write no audit event, and they are queries, so they write
 * nothing else either. It starts after the rule keys ({@code DatabaseStartup}) and holds readiness back at most
 * {@code netwerkkaart.warm-up.deadline}; what is not done by then goes on in the background on one thread, marked
 * unaudited since before readiness, while a user's request for a document not warmed yet takes it out of the warm-up
 * and one for a document being warmed waits for it ({@link #claim}). A failing document is logged and skipped:
 * warming must never keep the service from starting.
 */
@Component
class StartupWarming implements SmartLifecycle {

    /** Right after DatabaseStartup (migrations, demo data, rule keys), before readiness is reported. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 513;

    private static final Logger log = LoggerFactory.getLogger(StartupWarming.class);
    private static final String DOCUMENTS = "classpath:static/js/documents/*.graphql";
    private static final int SAMPLE_TIMEOUT_SECONDS = 60;
    /** Documents of the municipality's pages (the map, HSDS, a community resource's page); the rest are the coach's. */
    private static final Pattern MUNICIPALITY_PAGES = Pattern.compile("Map|Hsds|Resource");
    /**
     * The documents of the pages users open first after a start, warmed first (the rest follow by name): on the demo
     * data at most a dozen cold queries fit the deadline, and these were the ones over 1 s without a warm-up.
     */
    private static final List<String> FIRST = List.of("Viewer", "MyFamilies", "GezinPagina", "NetworkPage",
            "TentLadder", "TentPage", "TentRanking", "CaseTimeline", "MapPage", "SocialeKaart");

    private final ExecutionGraphQlService graphQl;
    private final Neo4jClient neo4j;
    private final TransactionTemplate readOnly;
    private final ApplicationAvailability availability;
    private final Today today;
    private final WarmUpProperties properties;
    private volatile boolean warmed;
    private volatile boolean running;
    private volatile boolean stopping;
    /** While the warm-up holds readiness back, all its threads run; after that, one. */
    private volatile boolean holding;
    /** The documents the warm-up has yet to run and those it runs right now; null once it is done. */
    private volatile WorkQueue queue;
    /** The failures of the whole warm-up, background included; null until it is done. */
    private volatile List<String> finalFailures;
    private volatile WarmUpResult lastResult;

    StartupWarming(ExecutionGraphQlService graphQl, Neo4jClient neo4j, PlatformTransactionManager transactions,
                   ApplicationAvailability availability, Today today, WarmUpProperties properties) {
        this.graphQl = graphQl;
        this.neo4j = neo4j;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // the sample's few short reads are among the first statements of a cold planner: on a loaded machine they
        // passed the 10 s request timeout together, and the whole warm-up was skipped
        this.readOnly.setTimeout(SAMPLE_TIMEOUT_SECONDS);
        this.availability = availability;
        this.today = today;
        this.properties = properties;
    }

    /** What the last warm-up did. */
    record WarmUpResult(int documents, int executed, int failed, Duration took, boolean finished,
                        ReadinessState readinessWhenDone, List<String> failures) {
    }

    @Override
    public void start() {
        if (!warmed && properties.enabled()) {
            lastResult = warm();
        }
        warmed = true;
        running = true;
    }

    Optional<WarmUpResult> lastResult() {
        return Optional.ofNullable(lastResult);
    }

    /** Once the whole warm-up is done (its background part too): the page queries that failed. */
    Optional<List<String>> finalFailures() {
        return Optional.ofNullable(finalFailures);
    }

    WarmUpResult warm() {
        long started = System.nanoTime();
        Optional<Sample> sample;
        try {
            sample = sample();
        }
        catch (RuntimeException e) {
            // e.g. the transaction timeout on a machine too loaded to plan a cold statement in time: start unwarmed
            log.info("Warm-up skipped: no family to warm against found ({})", e.toString());
            return new WarmUpResult(0, 0, 0, Duration.ofNanos(System.nanoTime() - started), true,
                    availability.getReadinessState(), List.of());
        }
        if (sample.isEmpty()) {
            log.info("Warm-up skipped: no family with a coach in the database");
            return new WarmUpResult(0, 0, 0, Duration.ofNanos(System.nanoTime() - started), true,
                    availability.getReadinessState(), List.of());
        }
        log.info("Warm-up: a family to warm against found in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
        var requests = requests(sample.get());
        var all = new ArrayList<Request>();
        for (int pass = 0; pass < properties.passes(); pass++) {
            all.addAll(requests);
        }
        var work = new WorkQueue(all);
        queue = work;
        holding = true;
        var executed = new AtomicInteger();
        var failed = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<String>();
        long deadline = started + properties.deadline().toNanos();
        var done = new CountDownLatch(properties.threads());
        // the last thread to end finishes the warm-up; the latch alone could let two threads both see zero
        var threadsLeft = new AtomicInteger(properties.threads());
        for (int i = 0; i < properties.threads(); i++) {
            boolean first = i == 0;
            var thread = new Thread(() -> {
                try {
                    // marked once, while the service still refuses traffic: the thread goes on after readiness with
                    // the documents left, and only this thread carries the mark
                    UnauditedWarmUp.run(availability, () -> {
                        WorkQueue.Taken taken;
                        // once the service takes traffic, one thread goes on, so the warm-up leaves the users a core
                        while (!stopping && (first || holding) && (taken = work.take()) != null) {
                            var request = taken.request();
                            String failure;
                            try {
                                failure = execute(request);
                            }
                            finally {
                                work.done(taken);
                            }
                            if (failure == null) {
                                executed.incrementAndGet();
                            }
                            else {
                                failed.incrementAndGet();
                                failures.add(request.name() + ": " + failure);
                            }
                        }
                        return null;
                    });
                }
                catch (RuntimeException e) {
                    log.info("Warm-up stopped: {}", e.toString());
                }
                finally {
                    boolean last = threadsLeft.decrementAndGet() == 0;
                    done.countDown();
                    if (last) {
                        queue = null;
                        finalFailures = List.copyOf(failures);
                        log.info("Warm-up done: {} of {} page queries run ({} failed), {} ms after it began",
                                executed.get() + failed.get(), all.size(), failed.get(),
                                Duration.ofNanos(System.nanoTime() - started).toMillis());
                    }
                }
            }, "warm-up");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            boolean finished = done.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            holding = false;
            var result = new WarmUpResult(requests.size(), executed.get(), failed.get(),
                    Duration.ofNanos(System.nanoTime() - started), finished, availability.getReadinessState(),
                    List.copyOf(failures));
            log.info("Warm-up: {} page queries run ({} failed) in {} ms{}", result.executed(), result.failed(),
                    result.took().toMillis(), finished ? "" : "; readiness waits no longer, the other "
                            + work.left() + " are warmed in the background");
            return result;
        }
        catch (InterruptedException e) {
            holding = false;
            Thread.currentThread().interrupt();
            return new WarmUpResult(requests.size(), executed.get(), failed.get(), Duration.ofNanos(System.nanoTime() - started),
                    false, availability.getReadinessState(), List.copyOf(failures));
        }
    }

    /**
     * A user's request for a page's document while the warm-up still goes on in the background: a document not warmed
     * yet is taken out of the warm-up (the request compiles its statements itself, once), and one the warm-up is
     * running right now is waited for (at most 10 s), so the same cold statements are not planned twice at once on a
     * machine where every core counts. Once the warm-up is done this returns at once.
     */
    void claim(String operationName) {
        var work = queue;
        if (work == null || operationName == null) {
            return;
        }
        var running = work.claim(operationName);
        if (running != null) {
            try {
                running.get(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            catch (ExecutionException | TimeoutException e) {
                // the request runs all the same
            }
        }
    }

    /** Runs one request; null when it answered without errors, else what went wrong. */
    private String execute(Request request) {
        SecurityContextHolder.getContext().setAuthentication(ServiceViewer.as(request.viewer()));
        try {
            var graphQlRequest = new DefaultExecutionGraphQlRequest(request.document(), request.name(),
                    request.variables(), Map.of(), "warm-up", Locale.forLanguageTag("nl-NL"));
            var response = graphQl.execute(graphQlRequest).block(Duration.ofSeconds(30));
            if (response == null) {
                return "no answer";
            }
            if (!response.getErrors().isEmpty()) {
                // the document's name and the first error's message and classification: a whole error object can
                // carry the path and extensions of a family's data into the log
                var error = response.getErrors().get(0);
                var failure = describe(error);
                log.info("Warm-up of {} answered with {} error(s), the first: {}", request.name(),
                        response.getErrors().size(), failure);
                return failure;
            }
            return null;
        }
        catch (RuntimeException e) {
            log.info("Warm-up of {} failed: {}", request.name(), e.toString());
            return e.toString();
        }
        finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** An error of a warm-up request as it is logged: its classification and message, nothing else. */
    static String describe(ResponseError error) {
        return (error.getErrorType() == null ? "" : error.getErrorType() + ": ") + error.getMessage();
    }

    /**
     * The warm-up's documents: those left and those being run. Taking a document and marking it in flight is one step
     * under the queue's lock, and so is a claim's look in both, so a claim never misses a document that a warm-up
     * thread has taken but not yet marked (it finds it left, and takes it out, or in flight, and waits for it).
     */
    static final class WorkQueue {

        /** A document taken by a warm-up thread, and what a claim waits on until it is run. */
        record Taken(Request request, CompletableFuture<Void> running) {
        }

        private final ArrayDeque<Request> left;
        private final Map<String, CompletableFuture<Void>> inFlight = new HashMap<>();

        WorkQueue(List<Request> requests) {
            this.left = new ArrayDeque<>(requests);
        }

        /** The next document to run, marked in flight; null when none is left. */
        synchronized Taken take() {
            var request = left.poll();
            if (request == null) {
                return null;
            }
            var taken = new Taken(request, new CompletableFuture<>());
            inFlight.put(request.name(), taken.running());
            return taken;
        }

        /** A taken document has run: no longer in flight, and whoever claimed it goes on. */
        void done(Taken taken) {
            synchronized (this) {
                inFlight.remove(taken.request().name(), taken.running());
            }
            taken.running().complete(null);
        }

        /**
         * A user's request for the document: it is taken out of what is left, and what it must wait for is returned
         * when a warm-up thread runs it right now (null when none does).
         */
        synchronized CompletableFuture<Void> claim(String name) {
            left.removeIf(request -> request.name().equals(name));
            return inFlight.get(name);
        }

        synchronized int left() {
            return left.size();
        }
    }

    /** One request of the warm-up: a page's document with the variables the page would send, and who sends it. */
    record Request(String name, String document, Map<String, Object> variables, NetwerkkaartUser viewer) {
    }

    /**
     * A family to warm against, with its coach, its municipality, its first open help question, its tent session and
     * one of its municipality's community resources and kernen: a family with a tent session if there is one. One
     * statement, where five took 1.5 s each on a cold planner at load 20 (8.6 s of a start, docs/scaling.md).
     */
    private static final String SAMPLE = """
            CALL () {
              MATCH (s:TentSession)-[:FOR_FAMILY]->(f:Family)-[:COACHED_BY]->(c:Professional)
              RETURN f, c, s.id AS sessionId LIMIT 1
              UNION
              MATCH (f:Family)-[:COACHED_BY]->(c:Professional)
              RETURN f, c, null AS sessionId LIMIT 1
            }
            WITH f, c, sessionId ORDER BY sessionId IS NULL LIMIT 1
            MATCH (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(m:Area {kind: 'MUNICIPALITY'})
            WITH f, c, sessionId, m LIMIT 1
            RETURN f.id AS familyId, c.id AS coachId, sessionId, m.id AS municipalityId,
                   COLLECT { MATCH (f)-[:RAISED]->(h:HelpQuestion) RETURN h.id ORDER BY h.status = 'CLOSED' LIMIT 1 }[0]
                       AS questionId,
                   COLLECT { MATCH (r:CommunityResource)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..2]->(m) RETURN r.id LIMIT 1 }[0]
                       AS resourceId,
                   COLLECT { MATCH (k:Area {kind: 'KERN'})-[:PART_OF]->(m) RETURN k.id LIMIT 1 }[0] AS kernId""";

    /** A real family to warm against, with what its pages need. */
    record Sample(String familyId, String coachId, String municipalityId, String helpQuestionId, String sessionId,
                  String resourceId, String kernId) {
    }

    /** A family with a tent session if there is one, else any family with a coach ({@link #SAMPLE}). */
    private Optional<Sample> sample() {
        return readOnly.execute(status -> neo4j.query(SAMPLE).fetch().one().map(row -> new Sample(
                (String) row.get("familyId"), (String) row.get("coachId"), (String) row.get("municipalityId"),
                (String) row.get("questionId"), (String) row.get("sessionId"), (String) row.get("resourceId"),
                (String) row.get("kernId"))));
    }

    /**
     * The requests of every page, as the pages send them: the family's coach for the coach's pages, the municipality
     * for the map. A document whose variables the sample cannot fill is left out.
     */
    private List<Request> requests(Sample sample) {
        var coach = new NetwerkkaartUser("warm-up", Role.COACH, sample.municipalityId(), sample.coachId());
        var municipality = new NetwerkkaartUser("warm-up", Role.MUNICIPALITY, sample.municipalityId(), null);
        var today = this.today.date();
        var values = new HashMap<String, Object>();
        values.put("familyId", sample.familyId());
        values.put("helpQuestionId", sample.helpQuestionId());
        values.put("municipalityId", sample.municipalityId());
        values.put("areaId", sample.kernId());
        values.put("asOf", today.toString());
        values.put("from", today.minusYears(1).plusDays(1).toString());
        values.put("to", today.toString());
        values.put("granularity", "QUARTER");
        values.put("ids", sample.helpQuestionId() == null ? null : List.of(sample.helpQuestionId()));
        // what "id" means differs per page
        var ids = Map.of("GezinPagina", sample.familyId(), "Dossier", sample.familyId(), "DossierQuestions", sample.familyId(),
                "Behoeften", nullable(sample.helpQuestionId()), "TentPage", nullable(sample.sessionId()),
                "TentAnalyses", nullable(sample.sessionId()), "TentMatches", nullable(sample.sessionId()),
                "ResourcePage", nullable(sample.resourceId()), "ResourceAreas", nullable(sample.kernId()));
        var requests = new ArrayList<Request>();
        for (var resource : documents()) {
            var name = resource.getFilename().replace(".graphql", "");
            var document = read(resource);
            var operations = Parser.parse(document).getDefinitionsOfType(OperationDefinition.class);
            // queries only: a warm-up never writes
            if (operations.size() != 1 || operations.get(0).getOperation() != OperationDefinition.Operation.QUERY) {
                continue;
            }
            var variables = new HashMap<String, Object>();
            boolean complete = true;
            for (var variable : operations.get(0).getVariableDefinitions()) {
                Object value = variable.getName().equals("id") ? ids.get(name) : values.get(variable.getName());
                if (value == null || "".equals(value)) {
                    complete &= !(variable.getType() instanceof NonNullType) || variable.getDefaultValue() != null;
                    continue;
                }
                variables.put(variable.getName(), value);
            }
            if (complete) {
                requests.add(new Request(name, document, variables, MUNICIPALITY_PAGES.matcher(name).lookingAt() ? municipality : coach));
            }
        }
        return requests;
    }

    private static String nullable(String value) {
        return value == null ? "" : value;
    }

    private static List<Resource> documents() {
        try {
            var documents = new ArrayList<>(List.of(new PathMatchingResourcePatternResolver().getResources(DOCUMENTS)));
            documents.sort(Comparator.comparingInt((Resource document) -> {
                int first = FIRST.indexOf(document.getFilename().replace(".graphql", ""));
                return first < 0 ? FIRST.size() : first;
            }).thenComparing(Resource::getFilename));
            return documents;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Resource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        // the service stops: a warm-up still going in the background starts no further query
        stopping = true;
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
