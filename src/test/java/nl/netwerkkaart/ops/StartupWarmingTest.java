package nl.netwerkkaart.ops;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.audit.UnauditedWarmUp;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.graphql.ExecutionGraphQlService;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The start-up warm-up on the demo data: it ran before readiness, ran every page query, and wrote nothing. */
class StartupWarmingTest extends GraphQlTestSupport {

    /** Labels of family data the page queries read; the warm-up must not change any of them. */
    private static final List<String> FAMILY_DATA = List.of("Family", "Person", "NetworkTie", "NetworkTieVersion",
            "HelpQuestion", "Match", "TentSession", "Consent", "Assessment", "AuditEvent");

    @Autowired
    private StartupWarming warming;
    @Autowired
    private ApplicationAvailability availability;
    @Autowired
    private ExecutionGraphQlService graphQlService;
    @Autowired
    private PlatformTransactionManager transactions;
    @Autowired
    private Today today;

    @Test
    void the_pages_queries_ran_from_before_the_service_reported_ready() throws InterruptedException {
        // how much of it ran before its deadline depends on the machine's load; that it began before readiness, held
        // readiness back and then finished in the background without a failure does not
        assertThat(warming.lastResult()).hasValueSatisfying(result -> {
            assertThat(result.readinessWhenDone()).as("readiness waits for the warm-up's deadline").isEqualTo(ReadinessState.REFUSING_TRAFFIC);
            assertThat(result.documents()).isGreaterThan(25);
            assertThat(result.failures()).as("every page query runs on the demo data").isEmpty();
        });
        // up to 5 minutes, looked at every 100 ms
        for (int i = 0; i < 3000 && warming.finalFailures().isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(warming.finalFailures()).as("the rest is warmed in the background, without a failure")
                .hasValueSatisfying(failures -> assertThat(failures).isEmpty());
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        http().get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void warming_writes_no_audit_event_and_no_family_data() {
        var before = counts();
        var refusing = new ApplicationAvailability() {
            @Override
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return type.cast(ReadinessState.REFUSING_TRAFFIC);
            }

            @Override
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return type.cast(ReadinessState.REFUSING_TRAFFIC);
            }

            @Override
            public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
                return null;
            }
        };
        // every page query once, with time enough on a loaded machine
        var once = new WarmUpProperties(true, Duration.ofMinutes(5), 2, 1);
        var again = new StartupWarming(graphQlService, neo4j, transactions, refusing, today, once).warm();

        assertThat(again.failures()).isEmpty();
        assertThat(again.finished()).isTrue();
        assertThat(again.executed()).isEqualTo(again.documents()).isGreaterThan(25);
        assertThat(again.failed()).isZero();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unaudited_reads_are_refused_once_the_service_is_ready() {
        assertThatThrownBy(() -> UnauditedWarmUp.run(availability, () -> "read"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("before the service is ready");
    }

    private Map<String, Long> counts() {
        var counts = new java.util.TreeMap<String, Long>();
        FAMILY_DATA.forEach(label -> counts.put(label, count(label)));
        counts.put("family updates", neo4j.query("MATCH (f:Family) RETURN count(f.updatedAt) + sum(size(toString(f.updatedAt)))")
                .fetchAs(Long.class).one().orElseThrow());
        return counts;
    }
}
