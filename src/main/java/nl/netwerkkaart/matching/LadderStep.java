package nl.netwerkkaart.matching;

/** The steps of the support ladder, lowest first (GraphQL enum {@code LadderStep}); a match keeps the step of its helper. */
public enum LadderStep { NETWORK, COMMUNITY, FIRST_LINE, SPECIALIST }
