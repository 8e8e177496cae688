package nl.netwerkkaart.family;

import nl.netwerkkaart.graph.Row;

/** Versions for optimistic concurrency: a node written before versions existed is at version 1. */
final class Versions {

    private Versions() {
    }

    static int of(Row row) {
        var version = row.integer("version");
        return version == null ? 1 : version;
    }
}
