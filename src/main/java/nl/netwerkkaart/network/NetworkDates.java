package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.time.ZoneId;

/** Dates of the map are days in the municipality's calendar, not the server's. */
final class NetworkDates {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private NetworkDates() {
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
