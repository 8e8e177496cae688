package nl.netwerkkaart.consent;

/** What a family can consent to; stored as these names. */
public enum ConsentScope { SHARE_WITH_TENT, SHARE_NETWORK_MAP, ANONYMOUS_STATISTICS }
