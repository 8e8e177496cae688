package nl.netwerkkaart.graph;

import java.util.StringJoiner;

/**
 * Write locks that make "check, then write" hold under concurrent requests. Neo4j reads committed data, so a rule
 * checked by two transactions at once passes twice; a transaction that first takes the write lock of the parent the
 * rule is about waits for any other holder to commit, and its checks then see what that one wrote. The lock is held
 * until the transaction ends. Order: a family before anything in it, so two writers never wait on each other.
 */
public final class Locks {

    private Locks() {
    }

    /**
     * Cypher that write-locks the nodes bound to {@code variables}, in the order given, without changing them: e.g.
     * {@code lock("f", "h")} gives {@code SET f._lock = true, h._lock = true REMOVE f._lock, h._lock}.
     */
    public static String lock(String... variables) {
        var set = new StringJoiner(", ", "SET ", " ");
        var remove = new StringJoiner(", ", "REMOVE ", "");
        for (var variable : variables) {
            set.add(variable + "._lock = true");
            remove.add(variable + "._lock");
        }
        return set + remove.toString();
    }
}
