package nl.netwerkkaart.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import nl.netwerkkaart.graph.Row;

/**
 * A Relay connection: one page of a list plus the size of the whole list.
 *
 * @param <T> the node type
 */
public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, long totalCount) {

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    /**
     * Builds the connection from a paging query's one result row, which holds the page as {@code items} and the size
     * of the whole list as {@code total}.
     */
    public static <T> Connection<T> of(Row row, Function<Row, T> mapper, PageRequest page) {
        return of(row.rows("items").stream().map(mapper).toList(), row.integer("total"), page);
    }

    /** Builds the connection for {@code page}, given the page's items and the size of the whole list. */
    public static <T> Connection<T> of(List<T> items, long totalCount, PageRequest page) {
        var edges = new ArrayList<Edge<T>>(items.size());
        for (int i = 0; i < items.size(); i++) {
            edges.add(new Edge<>(PageRequest.cursor(page.offset() + i), items.get(i)));
        }
        var pageInfo = new PageInfo(
                page.offset() + items.size() < totalCount,
                page.offset() > 0,
                edges.isEmpty() ? null : edges.get(0).cursor(),
                edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(List.copyOf(edges), pageInfo, totalCount);
    }
}
