package nl.netwerkkaart.search;

/** One item found by the cross-type search, with its kind and relevance. */
public record SearchHit(SearchHitType type, String id, String name, String description, double score) {

    public enum SearchHitType { PROFESSIONAL, EXPERTISE, ORGANISATION, COMMUNITY_RESOURCE }
}
