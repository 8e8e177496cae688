package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

/** What changed in a family's network between two dates. */
record NetworkChanges(String familyId, LocalDate from, LocalDate to, List<NetworkPerson> addedPersons,
                      List<NetworkPerson> removedPersons, List<NetworkTie> addedTies, List<NetworkTie> endedTies,
                      List<NetworkTieChange> changedTies) {

    /** A tie in a different version on the two dates. */
    record NetworkTieChange(String tieId, NetworkTie before, NetworkTie after, List<String> changedFields) {
    }
}
