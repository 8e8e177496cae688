package nl.netwerkkaart.privacy;

import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

/** The outcome of one retention check. */
record RetentionReport(OffsetDateTime checkedAt, String period, int count, List<RetainedFamily> families) {

    static RetentionReport of(OffsetDateTime checkedAt, Period period, List<RetainedFamily> families) {
        return new RetentionReport(checkedAt, period.toString(), families.size(), List.copyOf(families));
    }
}
