package nl.netwerkkaart.search;

import java.util.List;

/** The best hits of a search and how many items matched in all. */
public record SearchResult(List<SearchHit> hits, long totalCount) {
}
