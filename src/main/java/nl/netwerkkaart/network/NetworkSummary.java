package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

/** Figures about a family's network on one date; see the schema for each field's meaning. */
record NetworkSummary(String familyId, LocalDate asOf, int personCount, int householdCount, int tieCount,
                      List<RingCount> personsPerRing, List<KindCount> personsPerKind, double density,
                      List<SupportGivers> supportGivers, Double reciprocityShare, List<NetworkTie> stressfulTies,
                      List<NetworkTie> brokenTies, List<SinglePointOfFailure> singlePointsOfFailure,
                      List<NetworkPerson> childrenWithoutCloseAdult, List<NetworkBroker> brokers,
                      List<ResourceUse> resourcesUsed) {

    record RingCount(Integer ring, int count) {
    }

    record KindCount(TieKind kind, int count) {
    }

    record SupportGivers(SupportType type, List<NetworkPerson> givers) {
    }

    record SinglePointOfFailure(SupportType type, NetworkPerson person) {
    }

    record NetworkBroker(NetworkPerson person, double betweenness, double normalizedBetweenness) {
    }
}
