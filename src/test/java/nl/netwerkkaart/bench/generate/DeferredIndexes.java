package nl.netwerkkaart.bench.generate;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

/**
 * The constraints and indexes on labels that only the families phase writes and nothing looks up while loading.
 * They are dropped before that phase and created again after it from their own {@code createStatement}s, so the
 * schema ends exactly as the migrations made it: building an index once over millions of nodes is far cheaper than
 * inserting millions of random UUIDs into it one transaction at a time.
 */
final class DeferredIndexes {

    static final List<String> LABELS = List.of("Person", "NetworkTie", "NetworkTieVersion", "Consent", "Match",
            "TentSession", "Assessment");

    private static final String CONSTRAINTS = """
            SHOW CONSTRAINTS YIELD name, labelsOrTypes, createStatement
            WHERE any(label IN labelsOrTypes WHERE label IN $labels)
            RETURN name, createStatement ORDER BY name""";

    private static final String INDEXES = """
            SHOW INDEXES YIELD name, labelsOrTypes, owningConstraint, createStatement
            WHERE owningConstraint IS NULL AND any(label IN labelsOrTypes WHERE label IN $labels)
            RETURN name, createStatement ORDER BY name""";

    private final Driver driver;
    private List<Map.Entry<String, String>> constraints = List.of();
    private List<Map.Entry<String, String>> indexes = List.of();

    DeferredIndexes(Driver driver) {
        this.driver = driver;
    }

    /** Drops them, remembering how to create them again. */
    void drop() {
        try (var session = driver.session()) {
            constraints = session.run(CONSTRAINTS, Map.of("labels", LABELS))
                    .list(r -> Map.entry(r.get("name").asString(), r.get("createStatement").asString()));
            indexes = session.run(INDEXES, Map.of("labels", LABELS))
                    .list(r -> Map.entry(r.get("name").asString(), r.get("createStatement").asString()));
            constraints.forEach(c -> session.run("DROP CONSTRAINT $name", Map.of("name", c.getKey())).consume());
            indexes.forEach(i -> session.run("DROP INDEX $name", Map.of("name", i.getKey())).consume());
        }
    }

    /** Creates them again and waits until every index is online; returns how many. */
    int create() {
        try (var session = driver.session()) {
            constraints.forEach(c -> session.run(c.getValue()).consume());
            indexes.forEach(i -> session.run(i.getValue()).consume());
            session.run("CALL db.awaitIndexes(3600)").consume();
        }
        return constraints.size() + indexes.size();
    }
}
