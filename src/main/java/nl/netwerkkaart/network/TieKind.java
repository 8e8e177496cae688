package nl.netwerkkaart.network;

/** How two persons know each other: the netwerkcirkel quadrant of a tie; stored as these names. */
public enum TieKind { FAMILY, FRIEND, NEIGHBOUR, SCHOOL, WORK, CLUB, FAITH, ONLINE, PROFESSIONAL }
