package nl.netwerkkaart.support;

import java.net.URI;

import org.neo4j.harness.Neo4j;

/** One in-process Neo4j for the whole test JVM; every Spring context of the suite talks to it over Bolt. */
public final class SharedHarness {

    private static Neo4j neo4j;

    private SharedHarness() {
    }

    public static synchronized Neo4j get() {
        if (neo4j == null) {
            neo4j = TestNeo4j.builder().build();
            Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close));
        }
        return neo4j;
    }

    public static URI boltUri() {
        return get().boltURI();
    }
}
