package nl.netwerkkaart.municipality;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.github.benmanes.caffeine.cache.Ticker;
import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.directory.LifeDomainCode;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.municipality.AreaCoverage.CoverageCell;
import nl.netwerkkaart.municipality.AreaCoverage.DomainTotal;
import nl.netwerkkaart.municipality.AreaCoverage.KernCoverage;
import nl.netwerkkaart.municipality.FlowStatistics.FlowPeriod;
import nl.netwerkkaart.municipality.FlowStatistics.LadderStepCount;
import nl.netwerkkaart.municipality.FlowStatistics.OutcomeCount;
import nl.netwerkkaart.municipality.FlowStatistics.TimeStatistic;
import nl.netwerkkaart.municipality.FlowStatistics.ZrmChange;
import nl.netwerkkaart.municipality.StatisticsRepository.MatchTimes;
import nl.netwerkkaart.municipality.StatisticsRepository.QuestionTimes;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.CurrentUser;
import nl.netwerkkaart.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The municipality's aggregates: coverage and gaps per kern and life domain, and the flow of help questions. Only
 * the municipality (its own municipality) and administrators reach them, and every count about families is
 * suppressed below {@code netwerkkaart.statistics.minimum-cell-size} with complementary suppression
 * ({@link CellSuppression}). A municipality other than the user's own answers exactly like an unknown one. Computed
 * (suppressed) answers are kept up to {@code netwerkkaart.statistics.max-age} ({@link StatisticsCache}): they hold
 * nothing about a family, and the access check runs before every look-up.
 */
@Service
@Transactional(readOnly = true)
public class MunicipalityStatisticsService {

    private static final int MAX_YEARS = 10;
    private static final List<String> DOMAINS = Arrays.stream(LifeDomainCode.values()).map(Enum::name).toList();
    private static final List<String> LADDER_STEPS = List.of("NETWORK", "COMMUNITY", "FIRST_LINE", "SPECIALIST");
    private static final List<String> OUTCOMES = List.of("HELPED", "REFERRED", "NO_CLICK", "NOT_REACHED", "NOT_SUITABLE",
            "NO_CAPACITY", "NO_LONGER_NEEDED");

    private final StatisticsRepository statistics;
    private final Today today;
    private final CurrentUser currentUser;
    private final StatisticsProperties properties;
    private final StatisticsCache<CoverageQuestion, AreaCoverage> coverages;
    private final StatisticsCache<FlowQuestion, FlowStatistics> flows;
    private final TransactionTemplate readOnly;
    /** The day the kept default questions are for; null until they are kept. */
    private volatile LocalDate defaultsKeptFor;

    @Autowired
    MunicipalityStatisticsService(StatisticsRepository statistics, CurrentUser currentUser, StatisticsProperties properties,
                                  PlatformTransactionManager transactionManager, Today today) {
        this(statistics, currentUser, properties, transactionManager, today, Ticker.systemTicker());
    }

    /** With a ticker of choice for the answers' ages, so tests control time. */
    MunicipalityStatisticsService(StatisticsRepository statistics, CurrentUser currentUser, StatisticsProperties properties,
                                  PlatformTransactionManager transactionManager, Today today, Ticker ticker) {
        this.statistics = statistics;
        this.today = today;
        this.currentUser = currentUser;
        this.properties = properties;
        // joins the request's read-only transaction on a miss; a background refresh gets one of its own
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
        this.coverages = new StatisticsCache<>(properties.maxAge(), StatisticsCache.MAX_ENTRIES, ticker, null,
                q -> readOnly.execute(status -> coverage(q.municipalityId(), q.from(), q.to())));
        this.flows = new StatisticsCache<>(properties.maxAge(), StatisticsCache.MAX_ENTRIES, ticker, null,
                q -> readOnly.execute(status -> flow(flowNumbers(q.municipalityId(), q.from(), q.to()), q.granularity())));
    }

    /** The key of a cached coverage table; the access check has passed before it is looked up. */
    private record CoverageQuestion(String municipalityId, LocalDate from, LocalDate to) {
    }

    private record FlowQuestion(String municipalityId, LocalDate from, LocalDate to, Granularity granularity) {
    }

    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public AreaCoverage areaCoverage(String municipalityId, LocalDate from, LocalDate to) {
        var id = municipality(municipalityId);
        checkRange(from, to);
        return coverages.get(new CoverageQuestion(id, from, to));
    }

    /** The largest gaps of the coverage table, from the last twelve months when no period is given. */
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public Connection<CoverageGap> gaps(String municipalityId, LocalDate from, LocalDate to, PageRequest page) {
        var id = municipality(municipalityId);
        var until = to == null ? today.date() : to;
        var since = from == null ? defaultFrom(until) : from;
        checkRange(since, until);
        record Candidate(KernCoverage kern, CoverageCell cell) {
        }
        var candidates = coverages.get(new CoverageQuestion(id, since, until)).kernen().stream()
                .flatMap(kern -> kern.cells().stream().map(cell -> new Candidate(kern, cell)))
                .filter(c -> c.cell().gapScore() != null && c.cell().gapScore() > 0)
                .sorted(Comparator.comparing((Candidate c) -> -c.cell().gapScore())
                        .thenComparing(c -> -c.cell().demand().value())
                        .thenComparing(c -> c.kern().kernName())
                        .thenComparing(c -> DOMAINS.indexOf(c.cell().lifeDomain())))
                .toList();
        var onPage = candidates.stream().skip(page.offset()).limit(page.limit()).toList();
        var suggestions = statistics.suggestions(onPage.stream().map(c -> c.cell().lifeDomain()).distinct().toList());
        var items = onPage.stream()
                .map(c -> {
                    var suggestion = suggestions.getOrDefault(c.cell().lifeDomain(),
                            new StatisticsRepository.Suggestions(List.of(), List.of()));
                    return new CoverageGap(c.kern().kernId(), c.kern().kernName(), c.cell().lifeDomain(), c.cell().demand(),
                            c.cell().communityResources(), c.cell().professionals(), c.cell().gapScore(),
                            suggestion.resourceKinds(), suggestion.expertises());
                })
                .toList();
        return Connection.of(items, candidates.size(), page);
    }

    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public FlowStatistics flowStatistics(String municipalityId, LocalDate from, LocalDate to, Granularity granularity) {
        var id = municipality(municipalityId);
        checkRange(from, to);
        if (granularity == null) {
            throw new InvalidInputException("granularity", "is required");
        }
        return flows.get(new FlowQuestion(id, from, to, granularity));
    }

    /**
     * Makes every municipality's default questions the kept ones ({@link StatisticsCache#keep}): what the map page
     * asks first (kaart/pagina.js): coverage (and its gaps and downloads) for the last twelve months up to today,
     * flow for the same range by quarter (the page's choice at opening) and by month (its other choice). They move
     * with the day: yesterday's are let go. Runs as the system: no user, no access check, nothing audited (the
     * answers are suppressed aggregates that name no family).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void keepDefaults(Collection<String> municipalityIds) {
        var to = today.date();
        var from = defaultFrom(to);
        coverages.keep(municipalityIds.stream().map(id -> new CoverageQuestion(id, from, to)).toList());
        flows.keep(municipalityIds.stream()
                .flatMap(id -> Arrays.stream(Granularity.values()).map(g -> new FlowQuestion(id, from, to, g)))
                .toList());
        defaultsKeptFor = to;
    }

    /**
     * Whether a refresh round has anything to do: no default questions kept yet, or kept for another day than today,
     * or a kept answer missing or at least {@code age} old. Looks only at what is kept, never at the database.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    boolean defaultsDue(Duration age) {
        return !today.date().equals(defaultsKeptFor) || !coverages.due(age).isEmpty() || !flows.due(age).isEmpty();
    }

    /**
     * Runs the statement of {@code gaps}' suggestions once over every life domain, so its plan is compiled before the
     * first map page asks (the page's coverage document asks for the gaps beside the kept coverage).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void compileSuggestions() {
        readOnly.execute(status -> statistics.suggestions(DOMAINS));
    }

    /** The first day of the default range ending {@code to}: twelve months, as the map page and {@code gaps} take it. */
    static LocalDate defaultFrom(LocalDate to) {
        return to.minusYears(1).plusDays(1);
    }

    /**
     * Computes the kept default answers that are missing or at least {@code age} old, the oldest first, each in a
     * read-only transaction of its own on this thread; the flow of both granularities from one read. Stops between
     * two computations once {@code goOn} turns false. A computation that fails goes to {@code failed} (its old answer
     * stays) and the rest go on. Returns how many computations ran (a question being computed by a request is skipped).
     * Not single-flight itself: its one caller, {@link StatisticsPrecomputation#round}, runs one round at a time.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    int refreshDefaults(Duration age, BooleanSupplier goOn, Consumer<RuntimeException> failed) {
        // coverage and flow by turns, each the oldest first; the flow of both granularities of a range from one read
        var coverageTasks = new ArrayList<BooleanSupplier>();
        for (var q : coverages.due(age)) {
            coverageTasks.add(() -> coverages.refresh(List.of(q), keys -> {
                AreaCoverage answer = readOnly.execute(status -> coverage(q.municipalityId(), q.from(), q.to()));
                return List.of(answer);
            }));
        }
        var flowTasks = new LinkedHashMap<CoverageQuestion, BooleanSupplier>();
        for (var q : flows.due(age)) {
            flowTasks.putIfAbsent(new CoverageQuestion(q.municipalityId(), q.from(), q.to()), () -> {
                var together = Arrays.stream(Granularity.values())
                        .map(g -> new FlowQuestion(q.municipalityId(), q.from(), q.to(), g)).toList();
                return flows.refresh(together, keys -> readOnly.execute(status -> {
                    var input = flowNumbers(q.municipalityId(), q.from(), q.to());
                    return keys.stream().map(k -> flow(input, k.granularity())).toList();
                }));
            });
        }
        var tasks = new ArrayList<BooleanSupplier>();
        var flowList = List.copyOf(flowTasks.values());
        for (int i = 0; i < Math.max(coverageTasks.size(), flowList.size()); i++) {
            if (i < coverageTasks.size()) {
                tasks.add(coverageTasks.get(i));
            }
            if (i < flowList.size()) {
                tasks.add(flowList.get(i));
            }
        }
        int ran = 0;
        for (var task : tasks) {
            if (!goOn.getAsBoolean()) {
                break;
            }
            try {
                if (task.getAsBoolean()) {
                    ran++;
                }
            }
            catch (RuntimeException e) {
                failed.accept(e);
            }
        }
        return ran;
    }

    /** The cached default coverage question of a municipality on {@code to}, for tests and the precomputation's log. */
    Optional<Duration> defaultCoverageAge(String municipalityId, LocalDate to) {
        return coverages.age(new CoverageQuestion(municipalityId, defaultFrom(to), to));
    }

    Optional<Duration> defaultFlowAge(String municipalityId, LocalDate to, Granularity granularity) {
        return flows.age(new FlowQuestion(municipalityId, defaultFrom(to), to, granularity));
    }

    /** Computations of coverage and flow so far (several kept answers computed together count once). */
    long computations() {
        return coverages.computations() + flows.computations();
    }

    /** Kept default answers served while older than max-age because their refresh was late. */
    long servedLate() {
        return coverages.servedLate() + flows.servedLate();
    }

    /** How many default questions are kept (one coverage and two flow questions per municipality). */
    int keptDefaults() {
        return coverages.kept() + flows.kept();
    }

    /** What the flow of a range is computed from, whatever the granularity: the one read of the database. */
    private record FlowInput(String id, LocalDate from, LocalDate to, StatisticsRepository.FlowNumbers numbers,
                             StatisticsRepository.Erased erased) {
    }

    private FlowInput flowNumbers(String id, LocalDate from, LocalDate to) {
        return new FlowInput(id, from, to, statistics.flow(id, start(from), start(to.plusDays(1)), from, to),
                statistics.erased(id, wholeYears(from, to)));
    }

    private FlowStatistics flow(FlowInput input, Granularity granularity) {
        var id = input.id();
        var from = input.from();
        var to = input.to();
        var flow = input.numbers();
        var questions = flow.questions();
        var matches = flow.matches();
        var zrm = flow.zrmChanges();
        var erased = input.erased();

        var table = new CellSuppression();
        var periods = new ArrayList<PeriodCells>();
        for (var start = granularity.start(from); !start.isAfter(to); start = granularity.next(start)) {
            var first = start.isBefore(from) ? from : start;
            var last = granularity.next(start).minusDays(1).isAfter(to) ? to : granularity.next(start).minusDays(1);
            periods.add(PeriodCells.of(table, granularity.label(start), first, last, questions, matches));
        }
        var overall = PeriodCells.overall(table, from, to, periods);
        for (int p = 1; p < periods.size(); p++) {
            // a period's open questions are the previous period's plus its inflow minus its outflow
            table.balance(List.of(periods.get(p - 1).throughflow, periods.get(p).inflow),
                    List.of(periods.get(p).outflow, periods.get(p).throughflow));
        }
        record ZrmCells(StatisticsRepository.ZrmNumbers numbers, int subjects, int improved, int unchanged, int worsened) {
        }
        var zrmCells = zrm.stream().map(z -> {
            int improved = table.add(z.improved());
            int unchanged = table.add(z.unchanged());
            int worsened = table.add(z.worsened());
            return new ZrmCells(z, table.sum(List.of(improved, unchanged, worsened)), improved, unchanged, worsened);
        }).toList();
        int erasedQuestions = table.add(erased.helpQuestions());
        int erasedFamilies = table.add(erased.families());
        table.suppress(properties.minimumCellSize());

        return new FlowStatistics(id, from, to, granularity, properties.minimumCellSize(),
                periods.stream().map(p -> p.result(table)).toList(), overall.result(table),
                zrmCells.stream().map(z -> {
                    var counts = List.of(table.count(z.subjects()), table.count(z.improved()), table.count(z.unchanged()),
                            table.count(z.worsened()));
                    // a change is 1 to 4 up or down, so a mean over known subjects bounds how many improved or worsened
                    var average = counts.stream().anyMatch(Count::suppressed) ? null : round(z.numbers().averageChange());
                    return new ZrmChange(z.numbers().lifeDomain(), counts.get(0), average, counts.get(1), counts.get(2),
                            counts.get(3));
                }).toList(),
                table.count(erasedQuestions), table.count(erasedFamilies));
    }

    /** The resources of the municipality for the GeoJSON download: what the public sociale kaart shows. */
    @PreAuthorize("hasAnyRole('MUNICIPALITY', 'ADMIN')")
    public List<Row> resources(String municipalityId) {
        return statistics.resources(municipality(municipalityId));
    }

    /**
     * Demand is suppressed cell by cell; the kern totals, the life domain totals and the grand total are sums of
     * the cells and take part in complementary suppression.
     */
    private AreaCoverage coverage(String municipalityId, LocalDate from, LocalDate to) {
        var kernen = statistics.coverage(municipalityId, start(from), start(to.plusDays(1)), wholeYears(from, to));
        var table = new CellSuppression();
        var cells = new int[kernen.size()][DOMAINS.size()];
        var kernTotals = new ArrayList<Integer>();
        for (int k = 0; k < kernen.size(); k++) {
            for (int d = 0; d < DOMAINS.size(); d++) {
                cells[k][d] = table.add(kernen.get(k).demand().getOrDefault(DOMAINS.get(d), 0));
            }
            kernTotals.add(table.sum(Arrays.stream(cells[k]).boxed().toList()));
        }
        var domainTotals = new ArrayList<Integer>();
        for (int d = 0; d < DOMAINS.size(); d++) {
            int domain = d;
            domainTotals.add(table.sum(IntStream.range(0, kernen.size()).mapToObj(k -> cells[k][domain]).toList()));
        }
        int grandTotal = table.sum(kernTotals);
        table.relate(grandTotal, domainTotals);
        table.suppress(properties.minimumCellSize());

        var rows = new ArrayList<KernCoverage>();
        for (int k = 0; k < kernen.size(); k++) {
            var kern = kernen.get(k);
            var row = new ArrayList<CoverageCell>();
            for (int d = 0; d < DOMAINS.size(); d++) {
                var code = DOMAINS.get(d);
                var demand = table.count(cells[k][d]);
                int resources = kern.resources().getOrDefault(code, 0);
                int professionals = kern.professionals().getOrDefault(code, 0);
                row.add(new CoverageCell(code, demand, resources, professionals,
                        demand.suppressed() ? null : round(demand.value() / (resources + professionals + 1.0))));
            }
            rows.add(new KernCoverage(kern.kernId(), kern.name(), kern.latitude(), kern.longitude(), List.copyOf(row),
                    table.count(kernTotals.get(k))));
        }
        return new AreaCoverage(municipalityId, from, to, properties.minimumCellSize(), DOMAINS, List.copyOf(rows),
                IntStream.range(0, DOMAINS.size()).mapToObj(d -> new DomainTotal(DOMAINS.get(d), table.count(domainTotals.get(d)))).toList(),
                table.count(grandTotal));
    }

    /** The municipality's id, when the user may see its aggregates; otherwise it does not exist for them. */
    private String municipality(String municipalityId) {
        var id = Ids.require("municipalityId", municipalityId);
        var user = currentUser.get();
        if (user.role() == Role.MUNICIPALITY && !id.equalsIgnoreCase(String.valueOf(user.municipalityId()))) {
            throw new NotFoundException("municipalityId", "municipality");
        }
        if (!statistics.isMunicipality(id)) {
            throw new NotFoundException("municipalityId", "municipality");
        }
        return id;
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null) {
            throw new InvalidInputException("from", "is required");
        }
        if (to == null) {
            throw new InvalidInputException("to", "is required");
        }
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        if (to.isAfter(from.plusYears(MAX_YEARS))) {
            throw new InvalidInputException("to", "must be at most " + MAX_YEARS + " years after from");
        }
    }

    static ZonedDateTime start(LocalDate day) {
        return day.atStartOfDay(Today.ZONE);
    }

    /** Erased families are counted by year of erasure only, so they belong to a range only for whole years in it. */
    static List<Integer> wholeYears(LocalDate from, LocalDate to) {
        return IntStream.rangeClosed(from.getYear(), to.getYear())
                .filter(year -> !from.isAfter(LocalDate.of(year, 1, 1)) && !to.isBefore(LocalDate.of(year, 12, 31)))
                .boxed().toList();
    }

    static Double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** The cells of one period in the table, so they can be related to the overall cells before suppression. */
    private record PeriodCells(String label, LocalDate first, LocalDate last, int inflow, int throughflow, int outflow,
                               int timeToMatch, List<Double> matchDays, int timeToStart, List<Double> startDays,
                               int confirmed, List<Integer> steps, int closed, List<Integer> outcomes) {

        static PeriodCells of(CellSuppression table, String label, LocalDate first, LocalDate last, List<QuestionTimes> questions,
                              List<MatchTimes> matches) {
            var from = start(first);
            var until = start(last.plusDays(1));
            Predicate<ZonedDateTime> in = time -> time != null && !time.isBefore(from) && time.isBefore(until);
            var matchDays = days(questions, QuestionTimes::firstConfirmedAt, in);
            var startDays = days(questions, QuestionTimes::firstStartedAt, in);
            var steps = LADDER_STEPS.stream()
                    .map(step -> table.add((int) matches.stream().filter(m -> in.test(m.confirmedAt()) && step.equals(m.ladderStep())).count()))
                    .toList();
            var outcomes = OUTCOMES.stream()
                    .map(outcome -> table.add((int) matches.stream().filter(m -> in.test(m.closedAt()) && outcome.equals(m.outcome())).count()))
                    .toList();
            int timeToMatch = table.add(matchDays.size());
            int confirmed = table.sum(steps);
            // a question first matched in the period has a match confirmed in it
            table.atMost(timeToMatch, confirmed);
            return new PeriodCells(label, first, last,
                    table.add((int) questions.stream().filter(q -> in.test(q.createdAt())).count()),
                    table.add((int) questions.stream()
                            .filter(q -> q.createdAt().isBefore(until) && (q.closedAt() == null || !q.closedAt().isBefore(until))).count()),
                    table.add((int) questions.stream().filter(q -> in.test(q.closedAt())).count()),
                    timeToMatch, matchDays, table.add(startDays.size()), startDays,
                    confirmed, steps, table.sum(outcomes), outcomes);
        }

        /** The whole range: sums of the periods, and the open questions at its end, which are the last period's. */
        static PeriodCells overall(CellSuppression table, LocalDate from, LocalDate to, List<PeriodCells> periods) {
            // the open questions at the end of the range are those at the end of the last period: the same cell
            int throughflow = periods.get(periods.size() - 1).throughflow();
            var steps = IntStream.range(0, LADDER_STEPS.size())
                    .mapToObj(s -> table.sum(periods.stream().map(p -> p.steps().get(s)).toList())).toList();
            var outcomes = IntStream.range(0, OUTCOMES.size())
                    .mapToObj(o -> table.sum(periods.stream().map(p -> p.outcomes().get(o)).toList())).toList();
            int confirmed = table.sum(periods.stream().map(PeriodCells::confirmed).toList());
            table.relate(confirmed, steps);
            int closed = table.sum(periods.stream().map(PeriodCells::closed).toList());
            table.relate(closed, outcomes);
            return new PeriodCells(from + "/" + to, from, to,
                    table.sum(periods.stream().map(PeriodCells::inflow).toList()), throughflow,
                    table.sum(periods.stream().map(PeriodCells::outflow).toList()),
                    table.sum(periods.stream().map(PeriodCells::timeToMatch).toList()),
                    periods.stream().flatMap(p -> p.matchDays().stream()).toList(),
                    table.sum(periods.stream().map(PeriodCells::timeToStart).toList()),
                    periods.stream().flatMap(p -> p.startDays().stream()).toList(),
                    confirmed, steps, closed, outcomes);
        }

        FlowPeriod result(CellSuppression table) {
            var confirmedMatches = table.count(confirmed);
            var stepCounts = steps.stream().map(table::count).toList();
            var ladder = IntStream.range(0, LADDER_STEPS.size())
                    .mapToObj(s -> new LadderStepCount(LADDER_STEPS.get(s), stepCounts.get(s), share(List.of(stepCounts.get(s)), confirmedMatches)))
                    .toList();
            return new FlowPeriod(label, first, last, table.count(inflow), table.count(throughflow), table.count(outflow),
                    time(table.count(timeToMatch), matchDays), time(table.count(timeToStart), startDays),
                    confirmedMatches, ladder, share(stepCounts.subList(0, 2), confirmedMatches),
                    table.count(closed),
                    IntStream.range(0, OUTCOMES.size()).mapToObj(o -> new OutcomeCount(OUTCOMES.get(o), table.count(outcomes.get(o)))).toList());
        }

        /** The share of {@code parts} in {@code total}; null when any of them is hidden, as it would reveal it. */
        private static Double share(List<Count> parts, Count total) {
            if (total.suppressed() || total.value() == 0 || parts.stream().anyMatch(Count::suppressed)) {
                return null;
            }
            return round(parts.stream().mapToInt(Count::value).sum() / (double) total.value());
        }

        private static TimeStatistic time(Count count, List<Double> days) {
            if (count.suppressed() || days.isEmpty()) {
                return new TimeStatistic(count, null, null);
            }
            return new TimeStatistic(count, percentile(days, 0.5), percentile(days, 0.9));
        }

        private static List<Double> days(List<QuestionTimes> questions, Function<QuestionTimes, ZonedDateTime> at,
                                         Predicate<ZonedDateTime> in) {
            return questions.stream()
                    .filter(q -> in.test(at.apply(q)))
                    .map(q -> Duration.between(q.createdAt(), at.apply(q)).toSeconds() / 86_400.0)
                    .toList();
        }
    }

    /** Percentile by linear interpolation between the closest ranks, as Cypher's percentileCont. */
    static double percentile(List<Double> values, double p) {
        var sorted = values.stream().sorted().toList();
        double rank = p * (sorted.size() - 1);
        int below = (int) Math.floor(rank);
        int above = (int) Math.ceil(rank);
        return round(sorted.get(below) + (rank - below) * (sorted.get(above) - sorted.get(below)));
    }
}
