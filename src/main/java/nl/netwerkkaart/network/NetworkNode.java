package nl.netwerkkaart.network;

/** A person placed on the map: ring 0 is the household, null a person without a tie on the date. */
record NetworkNode(String id, NetworkPerson person, boolean household, String memberRole, Integer ring, TieKind kind,
                   boolean givesSupport) {
}
