package nl.netwerkkaart.search;

import java.util.Map;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class SearchRepository {

    private final Neo4jClient neo4j;

    SearchRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The first {@code limit} hits of a Lucene query on the shared full-text index, best first, and their total. */
    SearchResult search(String query, int limit) {
        var row = neo4j.query("""
                        CALL db.index.fulltext.queryNodes('directory_search', $query) YIELD node, score
                        WITH node, score,
                             CASE
                               WHEN node:Professional THEN 'PROFESSIONAL'
                               WHEN node:Expertise THEN 'EXPERTISE'
                               WHEN node:Organisation THEN 'ORGANISATION'
                               WHEN node:CommunityResource THEN 'COMMUNITY_RESOURCE'
                             END AS type
                        ORDER BY score DESC, node.name, node.id
                        WITH collect({type: type, id: node.id, name: node.name, description: node.description, score: score}) AS hits
                        RETURN size(hits) AS total, hits[0..$limit] AS hits""")
                .bindAll(Map.of("query", query, "limit", limit))
                .fetch().one().map(Row::new).orElseThrow();
        var hits = row.rows("hits").stream()
                .map(hit -> new SearchHit(SearchHit.SearchHitType.valueOf(hit.string("type")), hit.string("id"),
                        hit.string("name"), hit.string("description"), hit.decimal("score")))
                .toList();
        return new SearchResult(hits, row.integer("total"));
    }
}
