package nl.netwerkkaart.matching;

/** Where a match stands; CONFIRMED and STARTED are active. */
public enum MatchStatus { PROPOSED, CONFIRMED, STARTED, CLOSED }
