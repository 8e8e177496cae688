package nl.netwerkkaart.municipality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.security.CurrentUser;
import nl.netwerkkaart.security.NetwerkkaartUser;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.security.ServiceViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every municipality's default answers computed ahead of time, on the shared database: a service of its own with a
 * max-age of a minute and a hand-driven clock for the answers' ages (the suite's service keeps nothing), limited to a
 * fresh fixture municipality and the demo one, rounds of the precomputation run by the test instead of its thread.
 */
class StatisticsPrecomputationTest extends MunicipalityTestSupport {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Autowired
    private StatisticsRepository repository;
    @Autowired
    private CurrentUser currentUser;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Today today;

    private final AtomicLong now = new AtomicLong(1_000_000);
    private String municipality;
    private String kern;
    private String family;
    private LocalDate to;
    private LocalDate from;

    @BeforeEach
    void fixtures() {
        municipality = municipality("Gemeente Vooruit");
        kern = kern(municipality, "Vroegdorp", 51.40, 5.60);
        family = consentingFamily(kern, coach());
        to = today.date();
        from = MunicipalityStatisticsService.defaultFrom(to);
        questions(family, 6, List.of("FINANCES"), to.minusDays(30).atStartOfDay(Today.ZONE).toOffsetDateTime().toString(), null);
        SecurityContextHolder.getContext().setAuthentication(
                ServiceViewer.as(new NetwerkkaartUser("gemeente-vooruit", Role.MUNICIPALITY, municipality, null)));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private MunicipalityStatisticsService service(Duration maxAge) {
        return new MunicipalityStatisticsService(repository, currentUser, new StatisticsProperties(5, maxAge, true),
                transactions, today, now::get);
    }

    private StatisticsPrecomputation precomputation(MunicipalityStatisticsService service, Supplier<List<String>> municipalities) {
        return new StatisticsPrecomputation(service, municipalities, new StatisticsProperties(5, MAX_AGE, true));
    }

    private void advance(Duration duration) {
        now.addAndGet(duration.toNanos());
    }

    private int financesDemand(AreaCoverage coverage) {
        return coverage.kernen().get(0).cells().stream().filter(c -> c.lifeDomain().equals("FINANCES"))
                .findFirst().orElseThrow().demand().value();
    }

    @Test
    void once_started_its_thread_computes_every_municipalitys_defaults_without_being_asked() {
        var service = service(MAX_AGE);
        var precomputation = precomputation(service, () -> List.of(municipality, DEMO_MUNICIPALITY));
        precomputation.start();
        try {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                for (var id : List.of(municipality, DEMO_MUNICIPALITY)) {
                    assertThat(service.defaultCoverageAge(id, to)).isPresent();
                    assertThat(service.defaultFlowAge(id, to, Granularity.QUARTER)).isPresent();
                    assertThat(service.defaultFlowAge(id, to, Granularity.MONTH)).isPresent();
                }
            });
        } finally {
            precomputation.stop();
        }
        long computed = service.computations();
        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(6);
        assertThat(service.computations()).isEqualTo(computed);
    }

    @Test
    void after_a_round_every_municipalitys_default_answers_are_kept_and_requests_for_them_compute_nothing() {
        var service = service(MAX_AGE);
        var precomputation = precomputation(service, () -> List.of(municipality, DEMO_MUNICIPALITY));

        assertThat(precomputation.round()).isEqualTo(4);

        assertThat(service.keptDefaults()).isEqualTo(6);
        for (var id : List.of(municipality, DEMO_MUNICIPALITY)) {
            assertThat(service.defaultCoverageAge(id, to)).isPresent();
            assertThat(service.defaultFlowAge(id, to, Granularity.QUARTER)).isPresent();
            assertThat(service.defaultFlowAge(id, to, Granularity.MONTH)).isPresent();
        }
        long computed = service.computations();
        var coverage = service.areaCoverage(municipality, from, to);
        var gaps = service.gaps(municipality, null, null, PageRequest.of(8, null));
        var quarters = service.flowStatistics(municipality, from, to, Granularity.QUARTER);
        var months = service.flowStatistics(municipality, from, to, Granularity.MONTH);
        assertThat(service.computations()).isEqualTo(computed);

        // exactly what a fresh computation answers: the same counts, the same suppression
        var fresh = service(Duration.ZERO);
        assertThat(coverage).isEqualTo(fresh.areaCoverage(municipality, from, to));
        assertThat(financesDemand(coverage)).isEqualTo(6);
        assertThat(gaps).isEqualTo(fresh.gaps(municipality, null, null, PageRequest.of(8, null)));
        assertThat(quarters).isEqualTo(fresh.flowStatistics(municipality, from, to, Granularity.QUARTER));
        assertThat(months).isEqualTo(fresh.flowStatistics(municipality, from, to, Granularity.MONTH));
        assertThat(quarters.overall().inflow().value()).isEqualTo(6);
    }

    @Test
    void after_a_write_requests_get_the_last_answer_at_once_until_the_refresh_brings_the_new_one() {
        var service = service(MAX_AGE);
        var precomputation = precomputation(service, () -> List.of(municipality));
        precomputation.round();
        long computed = service.computations();

        questions(family, 2, List.of("FINANCES"), to.minusDays(1).atStartOfDay(Today.ZONE).toOffsetDateTime().toString(), null);
        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(6);
        advance(precomputation.refreshAge());
        // due for a refresh, but a request never computes it: the last answer, at once
        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(6);
        assertThat(service.computations()).isEqualTo(computed);

        assertThat(precomputation.round()).isEqualTo(2);

        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(8);
        assertThat(service.flowStatistics(municipality, from, to, Granularity.QUARTER).overall().inflow().value()).isEqualTo(8);
        assertThat(service.flowStatistics(municipality, from, to, Granularity.MONTH).overall().inflow().value()).isEqualTo(8);
        assertThat(service.computations()).isEqualTo(computed + 2);
    }

    @Test
    void with_a_round_every_tick_no_answer_served_is_ever_older_than_the_max_age() {
        var service = service(MAX_AGE);
        var precomputation = precomputation(service, () -> List.of(municipality));
        int rounds = 0;
        for (var elapsed = Duration.ZERO; elapsed.compareTo(MAX_AGE.multipliedBy(3)) <= 0; elapsed = elapsed.plus(precomputation.tick())) {
            rounds += precomputation.round();
            service.areaCoverage(municipality, from, to);
            service.flowStatistics(municipality, from, to, Granularity.QUARTER);
            assertThat(service.defaultCoverageAge(municipality, to)).get().matches(age -> age.compareTo(MAX_AGE) <= 0);
            assertThat(service.defaultFlowAge(municipality, to, Granularity.MONTH)).get().matches(age -> age.compareTo(MAX_AGE) <= 0);
            advance(precomputation.tick());
        }
        assertThat(service.servedLate()).isZero();
        // every half max-age, not at every tick: 3 minutes at 30 s
        assertThat(rounds).isBetween(2 * 6, 2 * 7);
    }

    @Test
    void a_tick_with_nothing_due_reads_no_municipalities_and_a_refresh_round_reads_them_once() {
        var service = service(MAX_AGE);
        var reads = new AtomicInteger();
        var precomputation = precomputation(service, () -> {
            reads.incrementAndGet();
            return List.of(municipality);
        });
        int ticks = 0;
        int refreshing = 0;
        for (var elapsed = Duration.ZERO; elapsed.compareTo(MAX_AGE.multipliedBy(3)) <= 0; elapsed = elapsed.plus(precomputation.tick())) {
            if (precomputation.round() > 0) {
                refreshing++;
            }
            ticks++;
            advance(precomputation.tick());
        }
        assertThat(ticks).isGreaterThan(20);
        assertThat(refreshing).isBetween(6, 7);
        assertThat(reads).hasValue(refreshing);
    }

    @Test
    void a_round_called_while_another_runs_does_nothing() throws Exception {
        var service = service(MAX_AGE);
        var inside = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var reads = new AtomicInteger();
        var precomputation = precomputation(service, () -> {
            reads.incrementAndGet();
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(municipality);
        });
        var first = CompletableFuture.supplyAsync(precomputation::round);
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

        assertThat(precomputation.round()).isZero();
        assertThat(reads).hasValue(1);

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(service.computations()).isEqualTo(2);
    }

    @Test
    void when_the_refresh_falls_behind_the_last_answer_is_still_served_at_once_and_counted_as_late() {
        var service = service(MAX_AGE);
        precomputation(service, () -> List.of(municipality)).round();
        long computed = service.computations();

        advance(MAX_AGE.plusSeconds(1));

        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(6);
        assertThat(service.computations()).isEqualTo(computed);
        assertThat(service.servedLate()).isEqualTo(1);
    }

    @Test
    void an_answer_more_than_twice_max_age_old_is_computed_again_on_the_request() {
        var service = service(MAX_AGE);
        precomputation(service, () -> List.of(municipality)).round();
        long computed = service.computations();

        advance(MAX_AGE.multipliedBy(StatisticsCache.LATE_LIMIT).plusSeconds(1));

        assertThat(financesDemand(service.areaCoverage(municipality, from, to))).isEqualTo(6);
        assertThat(service.computations()).isEqualTo(computed + 1);
        assertThat(service.servedLate()).isZero();
    }

    @Test
    void nothing_is_computed_ahead_when_switched_off_or_when_nothing_is_kept() {
        var off = service(MAX_AGE);
        assertThat(new StatisticsPrecomputation(off, () -> List.of(municipality), new StatisticsProperties(5, MAX_AGE, false)).round()).isZero();
        var fresh = service(Duration.ZERO);
        assertThat(new StatisticsPrecomputation(fresh, () -> List.of(municipality), new StatisticsProperties(5, Duration.ZERO, true)).round()).isZero();
        assertThat(off.keptDefaults() + fresh.keptDefaults()).isZero();
    }
}
