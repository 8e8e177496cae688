package nl.netwerkkaart.graph;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded Neo4j that runs when no {@code NEO4J_URI} is configured.
 *
 * @param dataDir   where the database files live; kept between starts
 * @param boltPort  loopback port of the Bolt connector; 0 picks a free one
 * @param pageCache Neo4j page cache size, e.g. {@code 512m}
 */
@ConfigurationProperties("netwerkkaart.embedded")
public record EmbeddedProperties(Path dataDir, int boltPort, String pageCache) {
}
