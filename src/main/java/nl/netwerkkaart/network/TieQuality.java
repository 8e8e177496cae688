package nl.netwerkkaart.network;

/** How a tie feels; stored as these names. A BROKEN tie is drawn but carries no support. */
public enum TieQuality { POSITIVE, AMBIVALENT, STRESSFUL, BROKEN }
