package nl.netwerkkaart.matching;

/** The steps of the support ladder, lowest first. */
public enum LadderStep { NETWORK, COMMUNITY, FIRST_LINE, SPECIALIST }
