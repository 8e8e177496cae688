package nl.netwerkkaart;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

/**
 * "Today" and "now" in the municipality's calendar, from the one {@link Clock} of the service. Dates of families,
 * consents, tent sessions and maps are days in Europe/Amsterdam, not the server's zone; statements get them as
 * parameters ({@code $today}) instead of asking Cypher for the date, so one clock decides for Java and Cypher alike.
 */
@Component
public class Today {

    /** The municipality's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    /** Today's date in the municipality. */
    public LocalDate date() {
        return LocalDate.now(clock);
    }

    /** Now in the municipality, to the millisecond (what JSON documents and the database keep). */
    public OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    public Clock clock() {
        return clock;
    }
}
