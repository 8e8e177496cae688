package nl.netwerkkaart.privacy;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.CurrentUser;
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
    private final CurrentUser currentUser;
    private final Today today;
    private final AtomicReference<RetentionReport> latest = new AtomicReference<>();

    RetentionService(RetentionRepository families, RetentionProperties properties, CurrentUser currentUser,
                     Today today) {
        this.families = families;
        this.properties = properties;
        this.currentUser = currentUser;
        this.today = today;
    }

    /**
     * Checks now; for administrators, who see ids only, and only of their own municipality's families (none when
     * their account has no municipality), like every user.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    RetentionReport familiesPastRetention() {
        var municipalityId = currentUser.get().municipalityId();
        if (municipalityId == null) {
            return RetentionReport.of(today.now(), properties.period(), List.of());
        }
        return check(municipalityId.toLowerCase());
    }

    /** The daily check over every municipality; it logs only the count, never which families. */
    @Scheduled(cron = "${netwerkkaart.retention.cron}", zone = "Europe/Amsterdam")
    void scheduledCheck() {
        var report = check(null);
        latest.set(report);
        log.info("Retention check: {} families past the retention period of {}; erasing them is up to their coaches",
                report.count(), report.period());
    }

    /** The report of the latest scheduled check; empty before the first. Never served to a user. */
    Optional<RetentionReport> latest() {
        return Optional.ofNullable(latest.get());
    }

    private RetentionReport check(String municipalityId) {
        var now = today.now();
        return RetentionReport.of(now, properties.period(),
                families.helpEndedBefore(now.toLocalDate().minus(properties.period()), municipalityId));
    }
}
