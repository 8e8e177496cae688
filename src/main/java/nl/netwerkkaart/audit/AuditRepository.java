package nl.netwerkkaart.audit;

import java.time.ZonedDateTime;
import java.util.Collection;
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
 * Unsealed events carry the extra label {@code Unsealed}, so the sealer finds them without scanning the whole log; an
 * event the sealer refuses (its fields do not match the MAC it was written with) loses that label and gets
 * {@code Rejected}, so it stays as evidence but never enters the chain.
 */
@Repository
class AuditRepository {

    private final Neo4jClient neo4j;

    AuditRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The labels of an event written and not yet sealed, by {@link #append} and by a change's own statement. */
    static final String NEW_EVENT = "AuditEvent:Unsealed";

    /** Appends one event; touches no shared node, so concurrent appends never wait for each other. */
    void append(List<Map<String, Object>> events) {
        neo4j.query("UNWIND $events AS event CREATE (e:" + NEW_EVENT + ") SET e = event").bind(events).to("events").run();
    }

    /**
     * The page's events plus one more when a next page exists, and the size of the whole trail. Only events in the
     * chain count: one still waiting to be sealed shows once it is sealed, within seconds, and a rejected one never.
     */
    Connection<AuditEvent> trail(String familyId, AuditTrailPage page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("familyId", familyId);
        parameters.put("beforeTime", page.beforeTime());
        parameters.put("beforeId", page.beforeId());
        parameters.put("limit", page.limit() + 1);
        var row = neo4j.query("""
                        CALL () {
                          MATCH (e:AuditEvent {familyId: $familyId})
                          WHERE e.sequence IS NOT NULL
                          RETURN count(e) AS total
                        }
                        CALL () {
                          MATCH (e:AuditEvent {familyId: $familyId})
                          WHERE e.sequence IS NOT NULL
                            AND ($beforeTime IS NULL OR e.eventDateTime < $beforeTime
                                 OR (e.eventDateTime = $beforeTime AND e.id < $beforeId))
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
     * {@code lastSequence} and {@code lastHash} as they are once the lock is held; empty when the head is missing.
     */
    Optional<Row> lockChain() {
        return neo4j.query("""
                        MATCH (c:AuditChain {name: 'main'})
                        SET c.updatedAt = datetime()
                        RETURN c.lastSequence AS lastSequence, c.lastHash AS lastHash""")
                .fetch().one().map(Row::new);
    }

    /**
     * The oldest unsealed events, in chain order, that carry no key id or one of {@code keyIds}: an event keyed with
     * a key this instance does not know yet (another instance rotated first) waits for an instance that knows it.
     */
    List<Row> unsealed(int limit, Collection<String> keyIds) {
        return neo4j.query("""
                        MATCH (e:Unsealed:AuditEvent)
                        WHERE e.keyId IS NULL OR e.keyId IN $keyIds
                        WITH e ORDER BY e.eventDateTime, e.id LIMIT $limit
                        RETURN e {.*} AS e""")
                .bindAll(Map.of("limit", limit, "keyIds", List.copyOf(keyIds)))
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

    /** Takes events out of the sealer's queue for good, keeping them as evidence. */
    void reject(List<String> ids) {
        neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (e:Unsealed:AuditEvent {id: id})
                        REMOVE e:Unsealed
                        SET e:Rejected""")
                .bind(ids).to("ids").run();
    }

    boolean hasUnkeyedUnsealed() {
        return neo4j.query("RETURN EXISTS { MATCH (e:Unsealed:AuditEvent) WHERE e.keyId IS NULL } AS found")
                .fetchAs(Boolean.class).one().orElse(false);
    }

    /** When the oldest keyed event was written; null when no event is keyed yet. Scans all events. */
    ZonedDateTime firstKeyedTime() {
        return neo4j.query("MATCH (e:AuditEvent) WHERE e.keyId IS NOT NULL RETURN min(e.eventDateTime) AS first")
                .fetch().one().map(Row::new).orElseThrow().dateTime("first");
    }

    /**
     * Unsealed events without a key id written before {@code before} (any time when null): what the version before
     * keys left waiting to be sealed. At most {@code limit}, oldest first.
     */
    List<Row> legacyUnsealed(ZonedDateTime before, int limit) {
        var parameters = new HashMap<String, Object>();
        parameters.put("before", before);
        parameters.put("limit", limit);
        return neo4j.query("""
                        MATCH (e:Unsealed:AuditEvent)
                        WHERE e.keyId IS NULL AND ($before IS NULL OR e.eventDateTime < $before)
                        WITH e ORDER BY e.eventDateTime, e.id LIMIT $limit
                        RETURN e {.*} AS e""")
                .bindAll(parameters)
                .fetch().all().stream().map(r -> Row.of(r.get("e"))).toList();
    }

    /** Gives events their key id and write-time MAC: each row holds {@code id}, {@code keyId} and {@code eventMac}. */
    void key(List<Map<String, Object>> keyed) {
        neo4j.query("""
                        UNWIND $keyed AS keyed
                        MATCH (e:Unsealed:AuditEvent {id: keyed.id})
                        WHERE e.keyId IS NULL
                        SET e.keyId = keyed.keyId, e.eventMac = keyed.eventMac""")
                .bind(keyed).to("keyed").run();
    }

    /** The chain head without locking it; null values when the head is missing. */
    Row chainHead() {
        return neo4j.query("""
                        OPTIONAL MATCH (c:AuditChain {name: 'main'})
                        RETURN c.lastSequence AS lastSequence, c.lastHash AS lastHash""")
                .fetch().one().map(Row::new).orElseThrow();
    }

    /** The hash of the sealed event {@code sequence}; null when there is none. */
    String hashOf(long sequence) {
        return neo4j.query("MATCH (e:AuditEvent {sequence: $sequence}) RETURN e.hash LIMIT 1")
                .bind(sequence).to("sequence").fetchAs(String.class).first().orElse(null);
    }

    /**
     * Where each of {@code ids} stands: {@code id}, {@code found}, {@code sequence} (null unless sealed) and
     * {@code rejected}. An id that is not found was deleted. ({@code labels()} rather than {@code e:Rejected}: that
     * label exists only once an event was rejected, and Neo4j warns about a missing label on every run.)
     */
    List<Row> whereAre(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        OPTIONAL MATCH (e:AuditEvent {id: id})
                        RETURN id, e IS NOT NULL AS found, e.sequence AS sequence, 'Rejected' IN labels(e) AS rejected""")
                .bind(List.copyOf(ids)).to("ids")
                .fetch().all().stream().map(Row::new).toList();
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

    /**
     * An event outside the chain: one the sealer rejected, one whose sequence or {@code Unsealed} label was removed,
     * or one numbered beyond the head ({@code last}). Returns {@code id}, {@code sequence} and {@code rejected}.
     */
    Optional<Row> outOfChain(long last) {
        return neo4j.query("""
                        MATCH (e:AuditEvent)
                        WHERE (e.sequence IS NULL AND NOT e:Unsealed) OR e.sequence > $last
                        RETURN e.id AS id, e.sequence AS sequence, 'Rejected' IN labels(e) AS rejected
                        ORDER BY rejected DESC LIMIT 1""")
                .bind(last).to("last")
                .fetch().first().map(Row::new);
    }

    /** Every event still waiting to be sealed. */
    List<Row> allUnsealed() {
        return neo4j.query("MATCH (e:Unsealed:AuditEvent) RETURN e {.*} AS e ORDER BY e.eventDateTime, e.id")
                .fetch().all().stream().map(r -> Row.of(r.get("e"))).toList();
    }
}
