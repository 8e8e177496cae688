package nl.netwerkkaart.community;

import java.time.LocalDate;

import nl.netwerkkaart.Today;
import org.springframework.stereotype.Component;

/** Which resources count as stale today: details not verified for {@code netwerkkaart.community.stale-after}. */
@Component
public class Staleness {

    private final CommunityProperties properties;
    private final Today today;

    Staleness(CommunityProperties properties, Today today) {
        this.properties = properties;
        this.today = today;
    }

    /** Details last verified before this day (or never) are stale. */
    public LocalDate staleBefore() {
        return today.date().minus(properties.staleAfter());
    }
}
