package nl.netwerkkaart.family;

/** A person's place in a family. */
public enum MemberRole { PARENT, CHILD, OTHER }
