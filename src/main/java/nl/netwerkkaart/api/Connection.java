package nl.netwerkkaart.api;

import java.util.ArrayList;
import java.util.List;

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
