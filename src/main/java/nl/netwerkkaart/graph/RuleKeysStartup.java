package nl.netwerkkaart.graph;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Holds readiness until {@link DatabaseStartup}'s rule keys are set. They run beside the start-up warm-up (the phase
 * between), so a start pays for the longer of the two instead of both; the service takes no traffic and runs no
 * scheduled job before they are set.
 */
@Component
class RuleKeysStartup implements SmartLifecycle {

    /** After the warm-up's phase ({@code StartupWarming}), still before readiness. */
    static final int PHASE = DatabaseStartup.PHASE + 2;

    private final DatabaseStartup startup;
    private volatile boolean running;

    RuleKeysStartup(DatabaseStartup startup) {
        this.startup = startup;
    }

    @Override
    public void start() {
        startup.awaitRuleKeys();
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
