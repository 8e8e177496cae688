package nl.netwerkkaart.bench.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.function.Function;

import nl.netwerkkaart.bench.run.ClosedLoop.Client;
import nl.netwerkkaart.bench.run.Samples.FamilySample;

/**
 * The service's operations, each as the web pages ask it (src/main/resources/static/js), signed in as a role that
 * may make the request: the family's coach for family data, a professional for the directory, the municipality for
 * its aggregates.
 */
final class ServiceOperations {

    /** The trivial query: what a request costs the service besides its data (HTTP, security, GraphQL, JSON). */
    static final String VIEWER = "viewer";
    static final String FAMILY_NETWORK = "familyNetwork";
    static final String NETWORK_SUMMARY = "networkSummary";
    static final String NETWORK_SUPPORT_FOR = "networkSupportFor";
    static final String SUPPORT_OPTIONS = "supportOptions";
    static final String MATCH_PROFESSIONALS = "matchProfessionals";
    static final String PROFESSIONALS = "professionals";
    static final String SEARCH = "search";
    static final String AREA_COVERAGE = "areaCoverage";
    static final String FLOW_STATISTICS = "flowStatistics";
    static final List<String> READS = List.of(VIEWER, FAMILY_NETWORK, NETWORK_SUMMARY, NETWORK_SUPPORT_FOR, SUPPORT_OPTIONS,
            MATCH_PROFESSIONALS, PROFESSIONALS, SEARCH, AREA_COVERAGE, FLOW_STATISTICS);
    static final List<String> WRITES = List.of("addNetworkPerson", "addNetworkTie", "proposeMatch", "confirmMatch", "closeMatch");

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final String VIEWER_QUERY = "query Viewer { viewer { userId } }";

    // netwerk.js: the map and the summary of the network page
    private static final String PERSON = "id givenName familyName birthDate age areaName inNetworkFrom inNetworkTo";
    private static final String TIE = "id versionId fromPersonId toPersonId kind ring support { type direction } quality frequency knownSince note validFrom validTo endReason";

    private static final String FAMILY_NETWORK_QUERY = """
            query FamilyNetwork($familyId: ID!) {
                familyNetwork(familyId: $familyId) {
                    asOf nodes { id household memberRole ring kind givesSupport person { %s } } edges { %s }
                }
            }""".formatted(PERSON, TIE);

    private static final String NETWORK_SUMMARY_QUERY = """
            query NetworkSummary($familyId: ID!) {
                networkSummary(familyId: $familyId) {
                    asOf personCount householdCount tieCount density reciprocityShare
                    personsPerRing { ring count } personsPerKind { kind count }
                    supportGivers { type givers { id givenName familyName } }
                    stressfulTies { %s } brokenTies { id }
                    singlePointsOfFailure { type person { id givenName familyName } }
                    childrenWithoutCloseAdult { id givenName familyName }
                    brokers { person { id givenName familyName } normalizedBetweenness }
                    resourcesUsed { person { id givenName familyName } resourceName }
                }
            }""".formatted(TIE);

    private static final String NETWORK_SUPPORT_FOR_QUERY = """
            query NetworkSupportFor($helpQuestionId: ID!) {
                networkSupportFor(helpQuestionId: $helpQuestionId) {
                    score ring kind givesSupport person { id givenName familyName } reasons { text points minus }
                }
            }""";

    // tent.js: the support ladder, the ranking and the professional search of the tent page
    private static final String OPTION = """
            step score reasons
                    person { id givenName familyName age }
                    communityResource { id name kind free capacity organisation { name } }
                    professional { id name discipline capacity acceptingClients organisation { name } }""";

    private static final String SUPPORT_OPTIONS_QUERY = """
            query TentLadder($helpQuestionId: ID!) {
                supportOptions(helpQuestionId: $helpQuestionId) {
                    network { %1$s } community { %1$s } firstLine { %1$s } specialist { %1$s }
                }
            }""".formatted(OPTION);

    private static final String MATCH_PROFESSIONALS_QUERY = """
            query TentRanking($helpQuestionId: ID!) {
                matchProfessionals(helpQuestionId: $helpQuestionId, first: 100) {
                    professional { id } score reasons
                }
            }""";

    private static final String PROFESSIONALS_QUERY = """
            query TentProfessionals($filter: ProfessionalFilter, $first: Int) {
                professionals(filter: $filter, first: $first) {
                    totalCount
                    edges { node {
                        id name discipline tier capacity acceptingClients languages
                        organisation { name }
                        areas { name }
                        expertises { expertise { name } }
                    } }
                }
            }""";

    private static final String SEARCH_QUERY = """
            query Search($text: String!) {
                search(text: $text, first: 20) {
                    totalCount
                    hits { type id name description score }
                }
            }""";

    // kaart.js: the coverage table and the flow charts of the municipality's map page
    private static final String AREA_COVERAGE_QUERY = """
            query MapCoverage($municipalityId: ID!, $from: Date!, $to: Date!) {
                areaCoverage(municipalityId: $municipalityId, from: $from, to: $to) {
                    minimumCellSize lifeDomains
                    kernen { kernId kernName demandTotal { value suppressed }
                        cells { lifeDomain demand { value suppressed } communityResources professionals supply gapScore } }
                    domainTotals { lifeDomain demand { value suppressed } }
                    demandTotal { value suppressed }
                }
            }""";

    private static final String FLOW_STATISTICS_QUERY = """
            query MapFlow($municipalityId: ID!, $from: Date!, $to: Date!, $granularity: FlowGranularity!) {
                flowStatistics(municipalityId: $municipalityId, from: $from, to: $to, granularity: $granularity) {
                    minimumCellSize
                    periods { ...flow }
                    overall { ...flow }
                    zrmChanges { lifeDomain subjects { value suppressed } averageChange
                        improved { value suppressed } unchanged { value suppressed } worsened { value suppressed } }
                }
            }
            fragment flow on FlowPeriod {
                label
                inflow { value suppressed } throughflow { value suppressed } outflow { value suppressed }
                timeToMatch { medianDays percentile90Days } timeToStart { medianDays percentile90Days }
                confirmedMatches { value suppressed }
                ladderSteps { ladderStep matches { value suppressed } share }
                normalisingShare
                outcomes { outcome matches { value suppressed } }
            }""";

    private static final String USER_ERRORS = "userErrors { field message code }";
    private static final String ADD_PERSON = """
            mutation AddNetworkPerson($input: AddNetworkPersonInput!) {
                addNetworkPerson(input: $input) { person { id givenName familyName } %s }
            }""".formatted(USER_ERRORS);
    private static final String ADD_TIE = """
            mutation AddNetworkTie($input: AddNetworkTieInput!) {
                addNetworkTie(input: $input) { tie { id } %s }
            }""".formatted(USER_ERRORS);
    private static final String PROPOSE = "mutation ProposeMatch($input: ProposeMatchInput!) { proposeMatch(input: $input) { match { id } %s } }"
            .formatted(USER_ERRORS);
    private static final String CONFIRM = "mutation ConfirmMatch($input: ConfirmMatchInput!) { confirmMatch(input: $input) { match { id } %s } }"
            .formatted(USER_ERRORS);
    private static final String CLOSE = "mutation CloseMatch($input: CloseMatchInput!) { closeMatch(input: $input) { match { id } %s } }"
            .formatted(USER_ERRORS);

    private final GraphQl graphQl;
    private final Tokens tokens;
    private final Samples samples;

    ServiceOperations(GraphQl graphQl, Tokens tokens, Samples samples) {
        this.graphQl = graphQl;
        this.tokens = tokens;
        this.samples = samples;
    }

    /** A client making only {@code operation}, recorded in {@code stats}. */
    Client reader(String operation, Stats stats) {
        var today = LocalDate.now(AMSTERDAM);
        var yearAgo = today.minusYears(1).plusDays(1);
        var families = samples.families();
        var withQuestions = samples.familiesWithQuestions();
        return switch (operation) {
            case VIEWER -> (random, timer) -> {
                var family = pick(random, families);
                timer.time(stats, () -> graphQl.post(VIEWER_QUERY, Map.of(), coachToken(family)));
            };
            case FAMILY_NETWORK -> family(stats, families, FAMILY_NETWORK_QUERY, (f, r) -> Map.of("familyId", f.familyId()));
            case NETWORK_SUMMARY -> family(stats, families, NETWORK_SUMMARY_QUERY, (f, r) -> Map.of("familyId", f.familyId()));
            case NETWORK_SUPPORT_FOR -> family(stats, withQuestions, NETWORK_SUPPORT_FOR_QUERY, ServiceOperations::question);
            case SUPPORT_OPTIONS -> family(stats, withQuestions, SUPPORT_OPTIONS_QUERY, ServiceOperations::question);
            case MATCH_PROFESSIONALS -> family(stats, withQuestions, MATCH_PROFESSIONALS_QUERY, ServiceOperations::question);
            case PROFESSIONALS -> (random, timer) -> {
                var sample = pick(random, samples.directory());
                var filter = Map.of("expertiseIds", List.of(sample.expertiseId()), "areaIds", List.of(sample.kernId()));
                timer.time(stats, () -> graphQl.post(PROFESSIONALS_QUERY, Map.of("filter", filter, "first", 20), readerToken()));
            };
            case SEARCH -> (random, timer) -> {
                var text = pick(random, samples.words());
                timer.time(stats, () -> graphQl.post(SEARCH_QUERY, Map.of("text", text), readerToken()));
            };
            case AREA_COVERAGE -> municipality(stats, AREA_COVERAGE_QUERY,
                    id -> Map.of("municipalityId", id, "from", yearAgo.toString(), "to", today.toString()));
            case FLOW_STATISTICS -> municipality(stats, FLOW_STATISTICS_QUERY,
                    id -> Map.of("municipalityId", id, "from", yearAgo.toString(), "to", today.toString(), "granularity", "MONTH"));
            default -> throw new IllegalArgumentException("Unknown operation " + operation);
        };
    }

    /** Whether there are samples to make {@code operation} with; the report says so when not. */
    String missingSamples(String operation) {
        return switch (operation) {
            case VIEWER, FAMILY_NETWORK, NETWORK_SUMMARY -> samples.families().isEmpty() ? "no family with a coach and a municipality" : null;
            case NETWORK_SUPPORT_FOR, SUPPORT_OPTIONS, MATCH_PROFESSIONALS ->
                    samples.familiesWithQuestions().isEmpty() ? "no sampled family with a help question" : null;
            case PROFESSIONALS -> samples.directory().isEmpty() || samples.reader() == null
                    ? "no professional with an expertise serving a kern" : null;
            case SEARCH -> samples.words().isEmpty() || samples.reader() == null ? "no community resource names to search for" : null;
            case AREA_COVERAGE, FLOW_STATISTICS -> samples.municipalities().isEmpty() ? "no municipality with families" : null;
            default -> "unknown operation";
        };
    }

    /**
     * A client running the write mix as the family's coach: a person joins the network and gets a tie to a household
     * member (network page); a professional is proposed for an open help question, the match confirmed and closed as
     * not reached (tent page), which gives the place back and opens the question again, so the mix can go on for as
     * long as it runs.
     */
    Client writer(Map<String, Stats> stats, Set<String> open) {
        var families = samples.familiesWithOpenQuestions();
        var helpers = samples.helpers();
        var sequence = new AtomicLong();
        return (random, timer) -> {
            var family = pick(random, families);
            var token = coachToken(family);
            var n = sequence.incrementAndGet();
            var person = timer.time(stats.get("addNetworkPerson"), () -> GraphQl.payload(graphQl.post(ADD_PERSON,
                    Map.of("input", Map.of("familyId", family.familyId(), "givenName", "Benchmark", "familyName", "Netwerk " + n)),
                    token), "addNetworkPerson")).path("person").path("id").asString();
            var tie = new HashMap<String, Object>();
            tie.put("familyId", family.familyId());
            tie.put("fromPersonId", pick(random, family.householdIds()));
            tie.put("toPersonId", person);
            tie.put("kind", "FRIEND");
            tie.put("ring", 2);
            tie.put("quality", "POSITIVE");
            tie.put("frequency", "WEEKLY");
            tie.put("support", List.of(Map.of("type", "EMOTIONAL", "direction", "BOTH")));
            timer.time(stats.get("addNetworkTie"), () -> GraphQl.payload(graphQl.post(ADD_TIE, Map.of("input", tie), token),
                    "addNetworkTie"));
            var questionId = pick(random, List.copyOf(family.openHelpQuestions().keySet()));
            var helperId = freeHelper(random, helpers, family.openHelpQuestions().get(questionId), questionId, open);
            if (helperId == null) {
                return;
            }
            var propose = Map.of("helpQuestionId", questionId, "helperId", helperId);
            var match = timer.time(stats.get("proposeMatch"), () -> GraphQl.payload(graphQl.post(PROPOSE,
                    Map.of("input", propose), token), "proposeMatch")).path("match").path("id").asString();
            timer.time(stats.get("confirmMatch"), () -> GraphQl.payload(graphQl.post(CONFIRM,
                    Map.of("input", Map.of("id", match)), token), "confirmMatch"));
            timer.time(stats.get("closeMatch"), () -> GraphQl.payload(graphQl.post(CLOSE,
                    Map.of("input", Map.of("id", match, "outcome", "NOT_REACHED")), token), "closeMatch"));
            // only a match closed without error frees its pair and helper; one left open would make a later proposal a conflict
            open.remove(questionId + "|" + helperId);
            open.remove("helper:" + helperId);
        };
    }

    /**
     * A helper with no match for the question that is not closed (not one sampled as matched already, nor one a
     * writer left open) and whom no other writer is matching now, so a confirmation never finds the place taken by
     * another writer. {@code open}, shared by the writers, holds the pairs (question|helper) and helpers (helper:id)
     * in use; both stay there when a turn fails half-way. Null when ten tries find none.
     */
    private static String freeHelper(Random random, List<String> helpers, List<String> busy, String questionId,
                                     Set<String> open) {
        if (helpers.isEmpty()) {
            return null;
        }
        for (int i = 0; i < 10; i++) {
            var helperId = pick(random, helpers);
            if (busy.contains(helperId) || !open.add("helper:" + helperId)) {
                continue;
            }
            if (open.add(questionId + "|" + helperId)) {
                return helperId;
            }
            open.remove("helper:" + helperId);
        }
        return null;
    }

    boolean canWrite() {
        return !samples.familiesWithOpenQuestions().isEmpty();
    }

    private Client family(Stats stats, List<FamilySample> families, String document,
                          BiFunction<FamilySample, Random, Map<String, Object>> variables) {
        return (random, timer) -> {
            var family = pick(random, families);
            var token = coachToken(family);
            var values = variables.apply(family, random);
            timer.time(stats, () -> graphQl.post(document, values, token));
        };
    }

    private Client municipality(Stats stats, String document, Function<String, Map<String, Object>> variables) {
        return (random, timer) -> {
            var municipalityId = pick(random, samples.municipalities());
            var token = tokens.token("MUNICIPALITY", municipalityId, null);
            timer.time(stats, () -> graphQl.post(document, variables.apply(municipalityId), token));
        };
    }

    private static Map<String, Object> question(FamilySample family, Random random) {
        return Map.of("helpQuestionId", pick(random, family.helpQuestionIds()));
    }

    private String coachToken(FamilySample family) {
        return tokens.coach(family);
    }

    private String readerToken() {
        return tokens.reader(samples);
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
