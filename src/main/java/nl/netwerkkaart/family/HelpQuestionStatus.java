package nl.netwerkkaart.family;

/** Where a help question stands. */
public enum HelpQuestionStatus { OPEN, IN_TENT, MATCHED, CLOSED }
