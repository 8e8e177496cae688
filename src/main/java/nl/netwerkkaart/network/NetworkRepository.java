package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.netwerkkaart.access.FamilyCheck;
import nl.netwerkkaart.audit.AuditedChange;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class NetworkRepository {

    /** A person of the network as {@link #person} reads them: {@code p}, their membership {@code n} and area {@code a}. */
    private static final String NETWORK_PERSON = """
            p {.id, .givenName, .familyName, .birthDate, household: false, version: coalesce(p.version, 1),
               inNetworkFrom: n.validFrom, inNetworkTo: n.validTo, areaId: a.id, areaName: a.name,
               kernId: [(a)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k.id][0]}""";

    /**
     * A tie version's read model: its properties, the tie's ids and the tie's version, which counts the tie's changes
     * (1 when recorded, one more for each update or end) and is what expectedVersion is compared with.
     */
    private static final String TIE_VERSION = "v {.*, tieId: t.id, fromPersonId: a.id, toPersonId: b.id, version: coalesce(t.version, 1)}";

    /** Where {@code p} (null when no such person), read for {@code personId}, stands towards the family's network. */
    private static final String STANDING = """
            {personId: personId, exists: p IS NOT NULL,
             household: EXISTS { (p)-[:MEMBER_OF]->(:Family {id: $familyId}) },
             inNetworkFrom: [(p)-[n:IN_NETWORK_OF]->(:Family {id: $familyId}) WHERE n.validTo IS NULL | n.validFrom][0]}""";

    /**
     * The keys the uniqueness constraints of migration V060 hold the network to: {@code pairKey} on a tie while it
     * is open (one open tie per pair of persons in a family, in either direction) and {@code currentOf} on the one
     * version of a tie that is open. They are set on what opens and removed from what closes.
     */
    private static final String PAIR_KEY = "$familyId + ':' + CASE WHEN a.id < b.id THEN a.id + ':' + b.id ELSE b.id + ':' + a.id END";

    private final Neo4jClient neo4j;

    NetworkRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** Everything on a family's map on one date, as loaded by one statement. */
    record MapState(String familyId, String kernId, List<NetworkPerson> persons, List<NetworkTie> ties,
                    List<ResourceUse> uses) {
    }

    /** Where a person stands towards a family's network. */
    record Standing(boolean exists, boolean household, LocalDate inNetworkFrom) {

        boolean onMap() {
            return household || inNetworkFrom != null;
        }
    }

    /** A tie's current (open) version, or only its family when it has ended; {@code version} counts the tie's changes. */
    record TieState(String familyId, String fromPersonId, String toPersonId, String versionId, LocalDate validFrom,
                    int version) {

        boolean ended() {
            return versionId == null;
        }
    }

    /**
     * The map state statement from the family {@code f} on: the household, the network persons, the tie versions and
     * the resource uses holding on {@code $asOf}. A version or membership holds on a day when it started on or before
     * it and ends (exclusive) after it.
     */
    private static final String STATE = """
                        OPTIONAL MATCH (f)-[:LIVES_IN]->(fa:Area)
                        WITH f, fa, [(fa)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k.id][0] AS familyKern
                        RETURN f.id AS familyId, familyKern AS kernId,
                          COLLECT {
                            MATCH (p:Person)-[m:MEMBER_OF]->(f)
                            RETURN p {.id, .givenName, .familyName, .birthDate, household: true, memberRole: m.role, version: coalesce(p.version, 1),
                                      areaId: fa.id, areaName: fa.name, kernId: familyKern}
                          } AS household,
                          COLLECT {
                            MATCH (p:Person)-[n:IN_NETWORK_OF]->(f)
                            WHERE n.validFrom <= $asOf AND (n.validTo IS NULL OR $asOf < n.validTo)
                              AND NOT (p)-[:MEMBER_OF]->(f)
                            OPTIONAL MATCH (p)-[:LIVES_IN]->(a:Area)
                            RETURN p {.id, .givenName, .familyName, .birthDate, household: false, version: coalesce(p.version, 1),
                                      inNetworkFrom: n.validFrom, inNetworkTo: n.validTo, areaId: a.id, areaName: a.name,
                                      kernId: [(a)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k.id][0]}
                          } AS network,
                          COLLECT {
                            MATCH (f)<-[:OF_FAMILY]-(t:NetworkTie)<-[:VERSION_OF]-(v:NetworkTieVersion)
                            WHERE v.validFrom <= $asOf AND (v.validTo IS NULL OR $asOf < v.validTo)
                            MATCH (t)-[:FROM]->(a:Person), (t)-[:TO]->(b:Person)
                            RETURN %s
                          } AS ties,
                          COLLECT {
                            // from the family's own persons: starting from the resources would read every use in the database
                            MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
                            WITH DISTINCT p
                            MATCH (p)-[u:USES]->(r:CommunityResource)
                            WHERE u.validFrom <= $asOf AND (u.validTo IS NULL OR $asOf < u.validTo)
                            RETURN {personId: p.id, resourceId: r.id, resourceName: r.name, validFrom: u.validFrom, validTo: u.validTo}
                          } AS uses""".formatted(TIE_VERSION);

    /**
     * Everything on a family's map on one date, in one statement; empty when there is no such family. For reads that
     * are not the user's (checked otherwise, or no family data leaves), see {@link #state(String, LocalDate, FamilyCheck)}.
     */
    Optional<MapState> state(String familyId, LocalDate asOf) {
        return neo4j.query("MATCH (f:Family {id: $familyId})\n" + STATE)
                .bindAll(Map.of("familyId", familyId, "asOf", asOf))
                .fetch().one().map(Row::new).map(NetworkRepository::mapState);
    }

    /**
     * As {@link #state(String, LocalDate)}, with the family access rule in the same statement: empty when there is no
     * such family or the check refuses it (the gate that handed out the check tells the two apart for its audit).
     */
    Optional<MapState> state(String familyId, LocalDate asOf, FamilyCheck check) {
        return neo4j.query(check.family("familyId") + STATE)
                .bindAll(check.parameters(Map.of("familyId", familyId, "asOf", asOf)))
                .fetch().one().map(Row::new).map(NetworkRepository::mapState);
    }

    /**
     * For a help question: its family, the codes of the life domains it concerns and, only when the check holds, the
     * family's map on {@code asOf}, in one statement; empty when there is no such question.
     */
    Optional<FamilyCheck.Read<QuestionMap>> questionState(String helpQuestionId, LocalDate asOf, FamilyCheck check) {
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(question:HelpQuestion {id: $helpQuestionId})
                        WITH f, COLLECT { MATCH (question)-[:CONCERNS]->(l:LifeDomain) RETURN l.code } AS codes
                        WITH f, codes, %s AS permitted
                        OPTIONAL CALL (f, permitted) {
                          WITH f, permitted WHERE permitted
                          %s
                        }
                        RETURN f.id AS ownerId, codes, permitted, familyId, kernId, household, network, ties, uses"""
                        .formatted(check.condition(), STATE.replace("\n", "\n  ")))
                .bindAll(check.parameters(Map.of("helpQuestionId", helpQuestionId, "asOf", asOf)))
                .fetch().one().map(Row::new)
                .map(row -> new FamilyCheck.Read<>(row.string("ownerId"),
                        row.bool("permitted") ? new QuestionMap(row.strings("codes"), mapState(row)) : null));
    }

    /** A help question's life domain codes and its family's map. */
    record QuestionMap(List<String> codes, MapState state) {
    }

    private static MapState mapState(Row row) {
        var persons = new ArrayList<NetworkPerson>();
        row.rows("household").forEach(p -> persons.add(NetworkPerson.from(p)));
        row.rows("network").forEach(p -> persons.add(NetworkPerson.from(p)));
        var byId = new HashMap<String, NetworkPerson>();
        persons.forEach(p -> byId.putIfAbsent(p.id(), p));
        var uses = row.rows("uses").stream()
                .filter(u -> byId.containsKey(u.string("personId")))
                .map(u -> new ResourceUse(byId.get(u.string("personId")), u.string("resourceId"),
                        u.string("resourceName"), u.date("validFrom"), u.date("validTo")))
                .toList();
        return new MapState(row.string("familyId"), row.string("kernId"), List.copyOf(byId.values()),
                row.rows("ties").stream().map(NetworkTie::from).toList(), uses);
    }

    /** Every version of a tie, oldest first. */
    List<NetworkTie> history(String tieId) {
        return neo4j.query("""
                        MATCH (a:Person)<-[:FROM]-(t:NetworkTie {id: $tieId})-[:TO]->(b:Person)
                        MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t)
                        WITH t, a, b, v ORDER BY v.validFrom, v.createdAt, v.id
                        RETURN %s AS v""".formatted(TIE_VERSION))
                .bind(tieId).to("tieId")
                .fetch().all().stream().map(r -> NetworkTie.from(Row.of(r.get("v")))).toList();
    }

    Optional<NetworkTie> version(String versionId) {
        return neo4j.query("""
                        MATCH (v:NetworkTieVersion {id: $id})-[:VERSION_OF]->(t:NetworkTie)
                        MATCH (a:Person)<-[:FROM]-(t)-[:TO]->(b:Person)
                        RETURN %s AS v""".formatted(TIE_VERSION))
                .bind(versionId).to("id")
                .fetch().one().map(r -> NetworkTie.from(Row.of(r.get("v"))));
    }

    /**
     * The family of a tie and its open version; empty when there is no such tie. With {@code lock} the tie is
     * write-locked first, so the state read is the one a change made in the same transaction changes: of two
     * concurrent edits the second waits and then sees the first's new version. Should a tie still have several open
     * versions (see {@link TieRepair}) the newest counts.
     */
    Optional<TieState> tie(String tieId, boolean lock) {
        return neo4j.query("""
                        MATCH (f:Family)<-[:OF_FAMILY]-(t:NetworkTie {id: $tieId})
                        %s
                        WITH f, t
                        MATCH (a:Person)<-[:FROM]-(t)-[:TO]->(b:Person)
                        OPTIONAL CALL (t) {
                          MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL
                          RETURN v ORDER BY v.validFrom DESC, v.createdAt DESC, v.id DESC LIMIT 1
                        }
                        RETURN f.id AS familyId, a.id AS fromPersonId, b.id AS toPersonId, v.id AS versionId,
                               v.validFrom AS validFrom, coalesce(t.version, 1) AS version"""
                        .formatted(lock ? Locks.lock("t") : ""))
                .bind(tieId).to("tieId")
                .fetch().one().map(Row::new)
                .map(r -> new TieState(r.string("familyId"), r.string("fromPersonId"), r.string("toPersonId"),
                        r.string("versionId"), r.date("validFrom"), r.integer("version")));
    }

    /**
     * Before a new tie between two persons: write-locks the family (as {@link #lockFamily}), then reads where both
     * stand ({@link #standings}) and whether they already have an open tie, in either direction, in one
     * statement. Empty when there is no such family.
     */
    Optional<TieCheck> lockForTie(String familyId, String personA, String personB) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        %s
                        WITH f
                        CALL () {
                          UNWIND $personIds AS personId
                          OPTIONAL MATCH (p:Person {id: personId})
                          RETURN collect(%s) AS standings
                        }
                        RETURN standings, EXISTS {
                          MATCH (f)<-[:OF_FAMILY]-(t:NetworkTie)-[:FROM|TO]->(:Person {id: $a})
                          WHERE EXISTS { (t)-[:FROM|TO]->(:Person {id: $b}) }
                            AND EXISTS { MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL }
                        } AS openTie""".formatted(Locks.lock("f"), STANDING))
                .bindAll(Map.of("familyId", familyId, "personIds", List.of(personA, personB), "a", personA, "b", personB))
                .fetch().one().map(Row::new).map(row -> {
                    var standings = new HashMap<String, Standing>();
                    row.rows("standings").forEach(standing -> standings.put(standing.string("personId"), standing(standing)));
                    return new TieCheck(standings, row.bool("openTie"));
                });
    }

    /** Where the two persons of a new tie stand, and whether they have an open tie already. */
    record TieCheck(Map<String, Standing> standings, boolean openTie) {
    }

    /**
     * Write-locks the family for a change of its network map, before the change's checks: adding a tie (one open tie
     * per pair) and taking a person out of the network (once) then see what a concurrent change committed.
     */
    void lockFamily(String familyId) {
        neo4j.query("MATCH (f:Family {id: $familyId}) " + Locks.lock("f")).bind(familyId).to("familyId").run();
    }

    /**
     * Write-locks the person before a change of their resource uses (one open use per person and resource) or of
     * their own fields; returns their version, which counts the changes of their fields.
     */
    Optional<Integer> lockPerson(String personId) {
        return neo4j.query("MATCH (p:Person {id: $personId}) " + Locks.lock("p") + " RETURN coalesce(p.version, 1) AS version")
                .bind(personId).to("personId").fetchAs(Integer.class).one();
    }

    /** Where each of {@code personIds} stands towards the family's network today. */
    Map<String, Standing> standings(String familyId, List<String> personIds) {
        var result = new HashMap<String, Standing>();
        neo4j.query("""
                        UNWIND $personIds AS personId
                        OPTIONAL MATCH (p:Person {id: personId})
                        RETURN %s AS standing""".formatted(STANDING))
                .bindAll(Map.of("familyId", familyId, "personIds", personIds))
                .fetch().all().forEach(r -> {
                    var standing = new Row(r).row("standing");
                    result.put(standing.string("personId"), standing(standing));
                });
        return result;
    }

    private static Standing standing(Row standing) {
        return new Standing(standing.bool("exists"), standing.bool("household"), standing.date("inNetworkFrom"));
    }

    boolean areaExists(String areaId) {
        return neo4j.query("RETURN EXISTS { MATCH (:Area {id: $id}) } AS found")
                .bind(areaId).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    boolean resourceExists(String resourceId) {
        return neo4j.query("RETURN EXISTS { MATCH (:CommunityResource {id: $id}) } AS found")
                .bind(resourceId).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    /** The latest start of the open tie versions of the person in the family's map; empty when they have none. */
    Optional<LocalDate> latestOpenTieStart(String familyId, String personId) {
        return neo4j.query("""
                        MATCH (:Family {id: $familyId})<-[:OF_FAMILY]-(t:NetworkTie)-[:FROM|TO]->(:Person {id: $personId})
                        MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL
                        RETURN max(v.validFrom) AS latest""")
                .bindAll(Map.of("familyId", familyId, "personId", personId))
                .fetchAs(LocalDate.class).one();
    }

    /** The start of the person's open use of the resource; empty when there is none. */
    Optional<LocalDate> openUse(String personId, String resourceId) {
        return neo4j.query("""
                        MATCH (:Person {id: $personId})-[u:USES]->(:CommunityResource {id: $resourceId})
                        WHERE u.validTo IS NULL
                        RETURN u.validFrom AS validFrom""")
                .bindAll(Map.of("personId", personId, "resourceId", resourceId))
                .fetchAs(LocalDate.class).one();
    }

    /** The person with their current (or last) membership of the family's network. */
    Optional<NetworkPerson> person(String familyId, String personId) {
        return neo4j.query("""
                        MATCH (p:Person {id: $personId})-[n:IN_NETWORK_OF]->(:Family {id: $familyId})
                        WITH p, n ORDER BY n.validTo IS NULL DESC, n.validFrom DESC LIMIT 1
                        OPTIONAL MATCH (p)-[:LIVES_IN]->(a:Area)
                        RETURN %s AS p""".formatted(NETWORK_PERSON))
                .bindAll(Map.of("familyId", familyId, "personId", personId))
                .fetch().one().map(r -> NetworkPerson.from(Row.of(r.get("p"))));
    }

    /**
     * Adds the person to the family's network and writes the change's audit event, in one statement; returns the person
     * as {@link #person} reads them.
     */
    NetworkPerson createPerson(String personId, AddNetworkPersonInput input, LocalDate validFrom, AuditedChange audit) {
        var parameters = personParameters(personId, input.givenName(), input.familyName(), input.birthDate(), input.areaId());
        parameters.put("familyId", input.familyId().toLowerCase());
        parameters.put("validFrom", validFrom);
        parameters.putAll(audit.parameters());
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (p:Person {id: $personId, givenName: $givenName, familyName: $familyName, birthDate: $birthDate,
                                          languages: [], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[n:IN_NETWORK_OF {validFrom: $validFrom, createdAt: datetime(), updatedAt: datetime()}]->(f)
                        WITH p, n
                        CALL (p) {
                          MATCH (a:Area {id: $areaId})
                          CREATE (p)-[:LIVES_IN]->(a)
                        }
                        %s
                        WITH p, n
                        OPTIONAL MATCH (p)-[:LIVES_IN]->(a:Area)
                        RETURN %s AS p""".formatted(audit.cypher(), NETWORK_PERSON))
                .bindAll(parameters)
                .fetch().one().map(r -> NetworkPerson.from(Row.of(r.get("p"))))
                .orElseThrow(() -> new IllegalStateException("The family " + input.familyId() + " is gone"));
    }

    void updatePerson(UpdateNetworkPersonInput input) {
        var parameters = personParameters(input.personId().toLowerCase(), input.givenName(), input.familyName(),
                input.birthDate(), input.areaId());
        neo4j.query("""
                        MATCH (p:Person {id: $personId})
                        SET p.givenName = $givenName, p.familyName = $familyName, p.birthDate = $birthDate,
                            p.version = coalesce(p.version, 1) + 1, p.updatedAt = datetime()
                        WITH p
                        CALL (p) {
                          MATCH (p)-[l:LIVES_IN]->(:Area)
                          DELETE l
                        }
                        CALL (p) {
                          MATCH (a:Area {id: $areaId})
                          CREATE (p)-[:LIVES_IN]->(a)
                        }""")
                .bindAll(parameters).run();
    }

    /** Closes the person's open membership of the family's network and their open ties in its map. */
    void endPerson(String familyId, String personId, LocalDate validTo) {
        neo4j.query("""
                        MATCH (p:Person {id: $personId})-[n:IN_NETWORK_OF]->(f:Family {id: $familyId})
                        WHERE n.validTo IS NULL
                        SET n.validTo = $validTo, n.updatedAt = datetime()
                        WITH p, f
                        CALL (p, f) {
                          MATCH (f)<-[:OF_FAMILY]-(t:NetworkTie)-[:FROM|TO]->(p)
                          MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WHERE v.validTo IS NULL
                          SET v.validTo = $validTo, v.updatedAt = datetime(),
                              t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime()
                          REMOVE v.currentOf, t.pairKey
                        }""")
                .bindAll(Map.of("familyId", familyId, "personId", personId, "validTo", validTo))
                .run();
    }

    /**
     * Creates the tie with its first version and writes the change's audit event, in one statement; returns the
     * version as {@link #version} reads it.
     */
    NetworkTie createTie(String tieId, String versionId, AddNetworkTieInput input, LocalDate validFrom, AuditedChange audit) {
        var parameters = versionParameters(versionId, input, validFrom);
        parameters.put("tieId", tieId);
        parameters.put("familyId", input.familyId().toLowerCase());
        parameters.put("fromPersonId", input.fromPersonId().toLowerCase());
        parameters.put("toPersonId", input.toPersonId().toLowerCase());
        parameters.putAll(audit.parameters());
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        MATCH (a:Person {id: $fromPersonId})
                        MATCH (b:Person {id: $toPersonId})
                        CREATE (t:NetworkTie {id: $tieId, version: 1, pairKey: %s, createdAt: datetime(), updatedAt: datetime()})
                        CREATE (t)-[:OF_FAMILY]->(f), (t)-[:FROM]->(a), (t)-[:TO]->(b)
                        CREATE (v:NetworkTieVersion {id: $versionId, currentOf: $tieId, createdAt: datetime(), updatedAt: datetime()})-[:VERSION_OF]->(t)
                        SET v += $attributes
                        %s
                        RETURN %s AS v""".formatted(PAIR_KEY, audit.cypher(), TIE_VERSION))
                .bindAll(parameters)
                .fetch().one().map(r -> NetworkTie.from(Row.of(r.get("v"))))
                .orElseThrow(() -> new IllegalStateException("The tie's family or persons are gone"));
    }

    /**
     * Closes exactly the tie's open version {@code currentVersionId} (read under the tie's lock) on {@code validFrom},
     * opens one new version from then and counts the change in the tie's version; returns the new version's id.
     */
    String updateTie(String tieId, String currentVersionId, String versionId, UpdateNetworkTieInput input, LocalDate validFrom) {
        var parameters = versionParameters(versionId, input, validFrom);
        parameters.put("tieId", tieId);
        parameters.put("currentVersionId", currentVersionId);
        neo4j.query("""
                        MATCH (t:NetworkTie {id: $tieId})<-[:VERSION_OF]-(current:NetworkTieVersion {id: $currentVersionId})
                        SET current.validTo = $attributes.validFrom, current.updatedAt = datetime(),
                            t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime()
                        REMOVE current.currentOf
                        CREATE (v:NetworkTieVersion {id: $versionId, currentOf: $tieId, createdAt: datetime(), updatedAt: datetime()})-[:VERSION_OF]->(t)
                        SET v += $attributes""")
                .bindAll(parameters).run();
        return versionId;
    }

    /** Closes the tie's open version {@code currentVersionId} and frees its pair for a new tie; returns the version id. */
    String endTie(String tieId, String currentVersionId, LocalDate validTo, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("tieId", tieId);
        parameters.put("currentVersionId", currentVersionId);
        parameters.put("validTo", validTo);
        parameters.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        return neo4j.query("""
                        MATCH (t:NetworkTie {id: $tieId})<-[:VERSION_OF]-(v:NetworkTieVersion {id: $currentVersionId})
                        SET v.validTo = $validTo, v.endReason = $reason, v.updatedAt = datetime(),
                            t.version = coalesce(t.version, 1) + 1, t.updatedAt = datetime()
                        REMOVE v.currentOf, t.pairKey
                        RETURN v.id""")
                .bindAll(parameters).fetchAs(String.class).one().orElseThrow();
    }

    void addUse(String familyId, String personId, String resourceId, LocalDate validFrom) {
        neo4j.query("""
                        MATCH (p:Person {id: $personId})
                        MATCH (r:CommunityResource {id: $resourceId})
                        CREATE (p)-[:USES {validFrom: $validFrom, familyId: $familyId, openKey: p.id + ':' + r.id,
                                           createdAt: datetime(), updatedAt: datetime()}]->(r)""")
                .bindAll(Map.of("familyId", familyId, "personId", personId, "resourceId", resourceId, "validFrom", validFrom))
                .run();
    }

    void endUse(String personId, String resourceId, LocalDate validTo) {
        neo4j.query("""
                        MATCH (:Person {id: $personId})-[u:USES]->(:CommunityResource {id: $resourceId})
                        WHERE u.validTo IS NULL
                        SET u.validTo = $validTo, u.updatedAt = datetime()
                        REMOVE u.openKey""")
                .bindAll(Map.of("personId", personId, "resourceId", resourceId, "validTo", validTo))
                .run();
    }

    /** The resource's name. */
    String resourceName(String resourceId) {
        return neo4j.query("MATCH (r:CommunityResource {id: $id}) RETURN r.name")
                .bind(resourceId).to("id").fetchAs(String.class).one().orElseThrow();
    }

    private static Map<String, Object> personParameters(String personId, String givenName, String familyName,
                                                        LocalDate birthDate, String areaId) {
        var parameters = new HashMap<String, Object>();
        parameters.put("personId", personId);
        parameters.put("givenName", givenName.strip());
        parameters.put("familyName", familyName == null || familyName.isBlank() ? null : familyName.strip());
        parameters.put("birthDate", birthDate);
        parameters.put("areaId", areaId == null ? null : areaId.toLowerCase());
        return parameters;
    }

    /** The version's properties: the attributes, one property per support type given, and the start. */
    private static Map<String, Object> versionParameters(String versionId, TieAttributes input, LocalDate validFrom) {
        var attributes = new HashMap<String, Object>();
        attributes.put("kind", input.kind().name());
        attributes.put("ring", input.ring());
        attributes.put("quality", (input.quality() == null ? TieQuality.POSITIVE : input.quality()).name());
        attributes.put("frequency", input.frequency() == null ? null : input.frequency().name());
        attributes.put("knownSince", input.knownSince());
        attributes.put("note", input.note() == null || input.note().isBlank() ? null : input.note().strip());
        attributes.put("validFrom", validFrom);
        if (input.support() != null) {
            input.support().forEach(s -> attributes.put(s.type().property(), s.direction().name()));
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("versionId", versionId);
        parameters.put("attributes", attributes);
        return parameters;
    }
}
