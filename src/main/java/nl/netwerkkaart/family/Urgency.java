package nl.netwerkkaart.family;

/** How urgent a help question is. */
public enum Urgency { LOW, NORMAL, HIGH, CRISIS }
