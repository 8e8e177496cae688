package nl.netwerkkaart.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Audit events are only ever created and sealed here; nothing updates their NEN 7513 fields or deletes them.
 * Unsealed events carry the extra label {@code Unsealed}, so the sealer finds them without scanning the whole log.
 */
@Repository
class AuditRepository {

    private final Neo4jClient neo4j;

    AuditRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Appends one event; touches no shared node, so concurrent appends never wait for each other. */
    void append(List<Map<String, Object>> events) {
        neo4j.query("UNWIND $events AS event CREATE (e:AuditEvent:Unsealed) SET e = event").bind(events).to("events").run();
    }

    /** The page's events plus one more when a next page exists, and the size of the whole trail. */
    Connection<AuditEvent> trail(String familyId, AuditTrailPage page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("familyId", familyId);
        parameters.put("beforeTime", page.beforeTime());
        parameters.put("beforeId", page.beforeId());
        parameters.put("limit", page.limit() + 1);
        var row = neo4j.query("""
                        CALL () {
                          MATCH (e:AuditEvent {familyId: $familyId})
                          RETURN count(e) AS total
                        }
                        CALL () {
                          MATCH (e:AuditEvent {familyId: $familyId})
                          WHERE $beforeTime IS NULL OR e.eventDateTime < $beforeTime
                             OR (e.eventDateTime = $beforeTime AND e.id < $beforeId)
                          WITH e ORDER BY e.eventDateTime DESC, e.id DESC LIMIT $limit
                          RETURN collect(e {.*}) AS items
                        }
                        RETURN total, items""")
                .bindAll(parameters)
                .fetch().one().map(Row::new).orElseThrow();
        var items = row.rows("items").stream().map(AuditEvent::from).toList();
        var shown = items.subList(0, Math.min(items.size(), page.limit()));
        var edges = shown.stream().map(event -> new Connection.Edge<>(AuditTrailPage.cursor(event), event)).toList();
        var pageInfo = new Connection.PageInfo(items.size() > page.limit(), page.beforeId() != null,
                edges.isEmpty() ? null : edges.get(0).cursor(), edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor());
        return new Connection<>(edges, pageInfo, row.integer("total"));
    }

    boolean hasUnsealed() {
        return neo4j.query("RETURN EXISTS { MATCH (:Unsealed) } AS found").fetchAs(Boolean.class).one().orElse(false);
    }

    /**
     * Write-locks the chain head until the transaction ends, so sealers extend the chain one at a time, and returns
     * {@code lastSequence} and {@code lastHash} as they are once the lock is held.
     */
    Row lockChain() {
        return neo4j.query("""
                        MATCH (c:AuditChain {name: 'main'})
                        SET c.updatedAt = datetime()
                        RETURN c.lastSequence AS lastSequence, c.lastHash AS lastHash""")
                .fetch().one().map(Row::new)
                .orElseThrow(() -> new IllegalStateException("The audit chain head is missing; migration V010 creates it"));
    }

    /** The oldest unsealed events, in chain order. */
    List<Row> unsealed(int limit) {
        return neo4j.query("""
                        MATCH (e:Unsealed:AuditEvent)
                        WITH e ORDER BY e.eventDateTime, e.id LIMIT $limit
                        RETURN e {.*} AS e""")
                .bind(limit).to("limit")
                .fetch().all().stream().map(r -> Row.of(r.get("e"))).toList();
    }

    /** Links events into the chain: each row holds {@code id}, {@code sequence}, {@code previousHash} and {@code hash}. */
    void seal(List<Map<String, Object>> links, long lastSequence, String lastHash) {
        neo4j.query("""
                        UNWIND $links AS link
                        MATCH (e:AuditEvent {id: link.id})
                        REMOVE e:Unsealed
                        SET e.sequence = link.sequence, e.previousHash = link.previousHash, e.hash = link.hash""")
                .bind(links).to("links").run();
        neo4j.query("""
                        MATCH (c:AuditChain {name: 'main'})
                        SET c.lastSequence = $lastSequence, c.lastHash = $lastHash""")
                .bindAll(Map.of("lastSequence", lastSequence, "lastHash", lastHash)).run();
    }

    /** The chain head without locking it; null values when the head is missing. */
    Row chainHead() {
        return neo4j.query("""
                        OPTIONAL MATCH (c:AuditChain {name: 'main'})
                        RETURN c.lastSequence AS lastSequence, c.lastHash AS lastHash""")
                .fetch().one().map(Row::new).orElseThrow();
    }

    /** Sealed events with a sequence in {@code (after, upTo]}, in sequence order, at most {@code limit}. */
    List<Row> chain(long after, long upTo, int limit) {
        return neo4j.query("""
                        MATCH (e:AuditEvent)
                        WHERE e.sequence > $after AND e.sequence <= $upTo
                        WITH e ORDER BY e.sequence LIMIT $limit
                        RETURN e {.*} AS e""")
                .bindAll(Map.of("after", after, "upTo", upTo, "limit", limit))
                .fetch().all().stream().map(r -> Row.of(r.get("e"))).toList();
    }

    /** An event outside the chain that the sealer will never pick up: its sequence or its label was removed. */
    Optional<String> stray() {
        return neo4j.query("""
                        MATCH (e:AuditEvent)
                        WHERE e.sequence IS NULL AND NOT e:Unsealed
                        RETURN e.id LIMIT 1""")
                .fetchAs(String.class).first();
    }
}
