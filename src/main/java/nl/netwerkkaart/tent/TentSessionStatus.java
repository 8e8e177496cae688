package nl.netwerkkaart.tent;

/** Where a tent session stands. */
public enum TentSessionStatus { PLANNED, HELD, CANCELLED }
