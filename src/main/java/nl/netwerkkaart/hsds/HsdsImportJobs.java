package nl.netwerkkaart.hsds;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.UserError;
import org.springframework.stereotype.Component;

/**
 * The imports running and lately done per municipality, with their progress, so a page or a command can follow a
 * long import or a feed pull while it runs. Kept in memory: a restart forgets them, while what they wrote stays.
 */
@Component
class HsdsImportJobs {

    /** How many imports each municipality keeps for looking back. */
    private static final int KEPT = 20;

    enum Status { RUNNING, DONE, FAILED }

    /** What a job shows: the GraphQL HsdsImportJob. */
    record View(String id, String source, Status status, String phase, int processed, int total, OffsetDateTime startedAt,
                OffsetDateTime finishedAt, HsdsImportReport report, List<UserError> userErrors) {
    }

    /** One import: what it reads, how far it is, and its outcome when done. */
    static final class Job implements HsdsImporter.Progress {
        private final String id = Ids.newId();
        private final String source;
        private final OffsetDateTime startedAt;
        private final Today today;
        private volatile Status status = Status.RUNNING;
        private volatile String phase = "reading";
        private volatile int processed;
        private volatile int total;
        private volatile HsdsImportPayload payload;
        private volatile OffsetDateTime finishedAt;

        Job(String source, Today today) {
            this.source = source;
            this.today = today;
            this.startedAt = today.now();
        }

        @Override
        public void update(int done, int all) {
            phase = "writing";
            processed = done;
            total = all;
        }

        void phase(String phase, int done, int all) {
            this.phase = phase;
            processed = done;
            total = all;
        }

        void finish(HsdsImportPayload outcome) {
            payload = outcome;
            phase = "done";
            finishedAt = today.now();
            status = outcome.userErrors().isEmpty() ? Status.DONE : Status.FAILED;
        }

        String id() {
            return id;
        }

        View view() {
            // status first: finish() sets the payload before the status, so a finished status sees its payload
            var state = status;
            var outcome = payload;
            return new View(id, source, state, phase, processed, total, startedAt, finishedAt,
                    outcome == null ? null : outcome.report(), outcome == null ? List.of() : outcome.userErrors());
        }
    }

    private final Today today;
    private final Map<String, Deque<Job>> byMunicipality = new HashMap<>();

    HsdsImportJobs(Today today) {
        this.today = today;
    }

    synchronized Job start(String municipalityId, String source) {
        var job = new Job(source, today);
        var jobs = byMunicipality.computeIfAbsent(String.valueOf(municipalityId).toLowerCase(), m -> new ArrayDeque<>());
        jobs.addFirst(job);
        while (jobs.size() > KEPT) {
            jobs.removeLast();
        }
        return job;
    }

    /** The municipality's imports, newest first. */
    synchronized List<Job> of(String municipalityId) {
        return List.copyOf(byMunicipality.getOrDefault(String.valueOf(municipalityId).toLowerCase(), new ArrayDeque<>()));
    }
}
