package nl.netwerkkaart.directory;

import java.util.List;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class LifeDomainRepository {

    private final Neo4jClient neo4j;

    LifeDomainRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    List<LifeDomain> findAll() {
        return neo4j.query("MATCH (l:LifeDomain) RETURN l {.*} AS l ORDER BY l.sortOrder")
                .fetch().all().stream()
                .map(r -> LifeDomain.from(Row.of(r.get("l"))))
                .toList();
    }
}
