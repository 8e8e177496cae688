package nl.netwerkkaart.directory;

/** How well a professional masters an expertise; stored as {@code level} on HAS_EXPERTISE. */
public enum ExpertiseLevel { BASIC, EXPERIENCED, EXPERT }
