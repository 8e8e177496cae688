package nl.netwerkkaart.graph;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import org.springframework.data.neo4j.core.Neo4jClient;

/** Runs a list query that answers one row with the page as {@code items} and the list's size as {@code total}. */
public final class Paging {

    private Paging() {
    }

    /**
     * @param cypher     the query; it reads {@code $offset} and {@code $limit} besides its own parameters
     * @param parameters the query's own parameters (nulls allowed: they mean "no filter")
     */
    public static <T> Connection<T> page(Neo4jClient neo4j, String cypher, Map<String, Object> parameters, PageRequest page,
                                         Function<Row, T> mapper) {
        var bound = new HashMap<>(parameters);
        bound.put("offset", page.offset());
        bound.put("limit", page.limit());
        var row = neo4j.query(cypher).bindAll(bound).fetch().one().map(Row::new).orElseThrow();
        return Connection.of(row, mapper, page);
    }
}
