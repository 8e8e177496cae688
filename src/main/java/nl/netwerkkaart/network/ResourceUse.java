package nl.netwerkkaart.network;

import java.time.LocalDate;

/** A person's use of a community resource. */
record ResourceUse(NetworkPerson person, String resourceId, String resourceName, LocalDate validFrom, LocalDate validTo) {
}
