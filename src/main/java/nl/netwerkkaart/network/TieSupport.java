package nl.netwerkkaart.network;

/** One support type on a tie with its direction, seen from the tie's FROM person. */
public record TieSupport(SupportType type, SupportDirection direction) {
}
