package nl.netwerkkaart.graph;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Brings the database up to date once the web server listens: the schema migrations, then the demo data into an empty
 * database, then the rule keys on data the service did not write. Meanwhile the service is live but not ready, so an
 * orchestrator's liveness probe does not restart it in the middle of a long migration while its readiness probe keeps
 * traffic away. Scheduled jobs start only after this,
 * so none of them meets a half-migrated schema.
 */
@Component
class DatabaseStartup implements SmartLifecycle {

    /** After the web server has started (so the probes answer), before the graceful shutdown's phase. */
    static final int PHASE = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 512;

    private static final Logger log = LoggerFactory.getLogger(DatabaseStartup.class);

    private final ApplicationEventPublisher events;
    private final SchemaMigrations migrations;
    private final ObjectProvider<DemoDataLoader> demoData;
    private final RuleKeys ruleKeys;
    private volatile boolean upToDate;
    private volatile boolean running;

    DatabaseStartup(ApplicationEventPublisher events, SchemaMigrations migrations, ObjectProvider<DemoDataLoader> demoData,
                    RuleKeys ruleKeys) {
        this.events = events;
        this.migrations = migrations;
        this.demoData = demoData;
        this.ruleKeys = ruleKeys;
    }

    @Override
    public void start() {
        // once per context: one stopped and started again (as the test framework pauses idle contexts) keeps its
        // database, and Spring Boot would not make it ready again
        if (!upToDate) {
            AvailabilityChangeEvent.publish(events, this, LivenessState.CORRECT);
            AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
            var applied = migrations.migrate();
            if (!applied.isEmpty()) {
                log.info("Applied schema migrations {}", applied);
            }
            demoData.ifAvailable(DemoDataLoader::loadIntoEmptyDatabase);
            ruleKeys.apply();
            upToDate = true;
        }
        running = true;
    }

    @Override
    public void stop() {
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
