package nl.netwerkkaart.privacy;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the families kept longer than the retention period. It only reports: erasing stays a human decision, taken
 * by the family's coach with {@code eraseFamily}.
 */
@Service
class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final RetentionRepository families;
    private final RetentionProperties properties;
    private final AtomicReference<RetentionReport> latest = new AtomicReference<>();

    RetentionService(RetentionRepository families, RetentionProperties properties) {
        this.families = families;
        this.properties = properties;
    }

    /** Checks now; for administrators, who see ids only. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    RetentionReport familiesPastRetention() {
        return check();
    }

    /** The daily check; it logs only the count, never which families. */
    @Scheduled(cron = "${netwerkkaart.retention.cron}", zone = "Europe/Amsterdam")
    void scheduledCheck() {
        var report = check();
        log.info("Retention check: {} families past the retention period of {}; erasing them is up to their coaches",
                report.count(), report.period());
    }

    /** The report of the latest check, scheduled or on demand; empty before the first. */
    Optional<RetentionReport> latest() {
        return Optional.ofNullable(latest.get());
    }

    private RetentionReport check() {
        var now = OffsetDateTime.now(PrivacyService.AMSTERDAM).truncatedTo(ChronoUnit.MILLIS);
        var report = RetentionReport.of(now, properties.period(),
                families.helpEndedBefore(now.toLocalDate().minus(properties.period())));
        latest.set(report);
        return report;
    }
}
