package nl.netwerkkaart.ladder;

/** The steps of the support ladder, lowest first (GraphQL enum {@code LadderStep}). */
public enum LadderStep { NETWORK, COMMUNITY, FIRST_LINE, SPECIALIST }
