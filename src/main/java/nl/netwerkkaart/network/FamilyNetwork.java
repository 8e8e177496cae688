package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

/** A family's network map on one date. */
record FamilyNetwork(String familyId, LocalDate asOf, List<NetworkNode> nodes, List<NetworkTie> edges) {
}
