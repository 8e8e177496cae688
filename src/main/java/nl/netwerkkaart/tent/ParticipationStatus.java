package nl.netwerkkaart.tent;

/** How an invited professional responded to a tent session. */
public enum ParticipationStatus { INVITED, ACCEPTED, DECLINED, ATTENDED }
