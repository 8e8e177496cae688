package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.family.FamilyCoach;
import nl.netwerkkaart.family.HelpQuestion;
import nl.netwerkkaart.family.Person;
import nl.netwerkkaart.graph.Locks;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class TentSessionRepository {

    private final Neo4jClient neo4j;

    TentSessionRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    Optional<TentSession> findById(String id) {
        return neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        RETURN t {.*, familyId: [(t)-[:FOR_FAMILY]->(f:Family) | f.id][0]} AS t""")
                .bind(id).to("id")
                .fetch().one().map(r -> TentSession.from(Row.of(r.get("t"))));
    }

    Map<String, TentSession> byIds(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (t:TentSession {id: id})
                        RETURN id, t {.*, familyId: [(t)-[:FOR_FAMILY]->(f:Family) | f.id][0]} AS t""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> TentSession.from(Row.of(r.get("t")))));
    }

    /** The sessions held for each family with an id in {@code familyIds}, latest date first. */
    Map<String, List<TentSession>> forFamilies(Collection<String> familyIds) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (t:TentSession)-[:FOR_FAMILY]->(:Family {id: id})
                        WITH id, t ORDER BY t.date DESC, t.id
                        RETURN id, collect(t {.*, familyId: id}) AS sessions""")
                .bind(familyIds).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("sessions").stream().map(TentSession::from).toList()));
    }

    /** The coach directing each session. */
    Map<String, FamilyCoach> directors(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:TentSession {id: id})-[:DIRECTED_BY]->(p:Professional)
                        RETURN id, p {.id, .name, .email, .phone} AS director""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> FamilyCoach.from(Row.of(r.get("director"))),
                        (first, second) -> first));
    }

    /** The help questions each session DISCUSSES, newest first. */
    Map<String, List<HelpQuestion>> discussed(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:TentSession {id: id})-[:DISCUSSES]->(h:HelpQuestion)
                        WITH id, h ORDER BY h.createdAt DESC, h.id
                        RETURN id, collect(h {.*, familyId: [(f:Family)-[:RAISED]->(h) | f.id][0]}) AS questions""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("questions").stream().map(HelpQuestion::from).toList()));
    }

    /** The professionals who PARTICIPATE_IN each session, by name. */
    Map<String, List<TentParticipant>> participants(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Professional)-[r:PARTICIPATES_IN]->(:TentSession {id: id})
                        WITH id, p, r ORDER BY p.name, p.id
                        RETURN id, collect({professionalId: p.id, name: p.name, status: r.status}) AS participants""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("participants").stream().map(TentParticipant::from).toList()));
    }

    /** The facts the mutations check a session against; empty when there is no such session. */
    record SessionState(String id, String familyId, TentSessionStatus status, LocalDate date, String directorId,
                        Map<String, String> participants) {
    }

    Optional<SessionState> state(String id) {
        return neo4j.query("""
                        MATCH (t:TentSession {id: $id})-[:FOR_FAMILY]->(f:Family)
                        RETURN t.id AS id, f.id AS familyId, t.status AS status, t.date AS date,
                               [(t)-[:DIRECTED_BY]->(d:Professional) | d.id][0] AS directorId,
                               COLLECT { MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t) RETURN [p.id, r.status] } AS participants""")
                .bind(id).to("id")
                .fetch().one().map(Row::new)
                .map(row -> {
                    @SuppressWarnings("unchecked")
                    var pairs = (List<List<String>>) row.values().get("participants");
                    var participants = pairs.stream().collect(Collectors.toMap(pair -> pair.get(0), pair -> pair.get(1)));
                    return new SessionState(row.string("id"), row.string("familyId"),
                            TentSessionStatus.valueOf(row.string("status")), row.date("date"), row.string("directorId"),
                            participants);
                });
    }

    /**
     * As {@link #state}, read after write-locking the family and then the session: a change checks the session in
     * the state it changes, so two concurrent invitations of one professional, or a cancellation and a recorded
     * attendance, cannot both pass their checks.
     */
    Optional<SessionState> lockedState(String id) {
        neo4j.query("MATCH (t:TentSession {id: $id})-[:FOR_FAMILY]->(f:Family) " + Locks.lock("f", "t"))
                .bind(id).to("id").run();
        return state(id);
    }

    /** Write-locks the family before a new session's checks, so the family cannot be deleted in between. */
    void lockFamily(String familyId) {
        neo4j.query("MATCH (f:Family {id: $familyId}) " + Locks.lock("f")).bind(familyId).to("familyId").run();
    }

    /** Those of {@code ids} that name a help question the family raised. */
    Set<String> questionsOf(String familyId, Collection<String> ids) {
        return Set.copyOf(neo4j.query("""
                        MATCH (:Family {id: $familyId})-[:RAISED]->(h:HelpQuestion) WHERE h.id IN $ids
                        RETURN collect(h.id) AS ids""")
                .bindAll(Map.of("familyId", familyId, "ids", ids))
                .fetch().one().map(r -> new Row(r).strings("ids")).orElse(List.of()));
    }

    /** Those of {@code ids} that name a member of the family. */
    Set<String> membersOf(String familyId, Collection<String> ids) {
        return Set.copyOf(neo4j.query("""
                        MATCH (p:Person)-[:MEMBER_OF]->(:Family {id: $familyId}) WHERE p.id IN $ids
                        RETURN collect(p.id) AS ids""")
                .bindAll(Map.of("familyId", familyId, "ids", ids))
                .fetch().one().map(r -> new Row(r).strings("ids")).orElse(List.of()));
    }

    /** Those of {@code ids} that name a professional. */
    Set<String> professionals(Collection<String> ids) {
        return Set.copyOf(neo4j.query("MATCH (p:Professional) WHERE p.id IN $ids RETURN collect(p.id) AS ids")
                .bind(ids).to("ids")
                .fetch().one().map(r -> new Row(r).strings("ids")).orElse(List.of()));
    }

    /** A new PLANNED session directed by {@code directorId}; OPEN questions it discusses become IN_TENT. */
    TentSession schedule(String id, String directorId, TentSessionInputs.SessionInput input) {
        var parameters = sessionParameters(id, input);
        parameters.put("familyId", input.familyId().toLowerCase());
        parameters.put("directorId", directorId);
        neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        MATCH (d:Professional {id: $directorId})
                        CREATE (t:TentSession {id: $id, date: $date, status: 'PLANNED', location: $location,
                                               createdAt: datetime(), updatedAt: datetime()})
                        CREATE (t)-[:FOR_FAMILY]->(f)
                        CREATE (t)-[:DIRECTED_BY]->(d)""")
                .bindAll(parameters)
                .run();
        linkQuestionsAndMembers(parameters);
        return findById(id).orElseThrow();
    }

    /** Replaces a planned session's date, place, questions and members present. */
    TentSession update(TentSessionInputs.SessionInput input) {
        var parameters = sessionParameters(input.id().toLowerCase(), input);
        neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        SET t.date = $date, t.location = $location, t.updatedAt = datetime()
                        WITH t
                        MATCH (t)-[old:DISCUSSES]->(:HelpQuestion)
                        DELETE old""")
                .bindAll(parameters)
                .run();
        linkQuestionsAndMembers(parameters);
        return findById(input.id().toLowerCase()).orElseThrow();
    }

    private void linkQuestionsAndMembers(Map<String, Object> parameters) {
        neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        CALL (t) {
                          UNWIND $helpQuestionIds AS questionId
                          MATCH (h:HelpQuestion {id: questionId})
                          CREATE (t)-[:DISCUSSES]->(h)
                          SET h.updatedAt = CASE WHEN h.status = 'OPEN' THEN datetime() ELSE h.updatedAt END,
                              h.version = CASE WHEN h.status = 'OPEN' THEN coalesce(h.version, 1) + 1 ELSE h.version END,
                              h.status = CASE WHEN h.status = 'OPEN' THEN 'IN_TENT' ELSE h.status END
                        }
                        CALL (t) {
                          MATCH (:Person)-[old:PRESENT_AT]->(t)
                          DELETE old
                        }
                        CALL (t) {
                          UNWIND $presentMemberIds AS personId
                          MATCH (p:Person {id: personId})
                          CREATE (p)-[:PRESENT_AT]->(t)
                        }""")
                .bindAll(parameters)
                .run();
    }

    TentSession cancel(String id, String reason) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("reason", reason == null || reason.isBlank() ? null : reason.strip());
        neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        SET t.status = 'CANCELLED', t.cancellationReason = $reason, t.updatedAt = datetime()""")
                .bindAll(parameters)
                .run();
        return findById(id).orElseThrow();
    }

    TentSession invite(String id, Collection<String> professionalIds) {
        neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        SET t.updatedAt = datetime()
                        WITH t
                        UNWIND $professionalIds AS professionalId
                        MATCH (p:Professional {id: professionalId})
                        CREATE (p)-[:PARTICIPATES_IN {status: 'INVITED', invitedAt: datetime(), participantKey: p.id + ':' + t.id}]->(t)""")
                .bindAll(Map.of("id", id, "professionalIds", professionalIds))
                .run();
        return findById(id).orElseThrow();
    }

    TentSession respond(String id, String professionalId, ParticipationStatus status) {
        neo4j.query("""
                        MATCH (:Professional {id: $professionalId})-[r:PARTICIPATES_IN]->(t:TentSession {id: $id})
                        SET r.status = $status, r.respondedAt = datetime(), t.updatedAt = datetime()""")
                .bindAll(Map.of("id", id, "professionalId", professionalId, "status", status.name()))
                .run();
        return findById(id).orElseThrow();
    }

    /**
     * Marks the session HELD with its summary: the attended participants become ATTENDED, earlier attendees no longer
     * listed go back to ACCEPTED, and the members present and the agreements are replaced.
     */
    TentSession recordAttendance(TentSessionInputs.AttendanceInput input) {
        var id = input.tentSessionId().toLowerCase();
        var agreements = new ArrayList<Map<String, Object>>();
        var agreementInputs = TentSessionInputs.orEmpty(input.agreements());
        for (int i = 0; i < agreementInputs.size(); i++) {
            var agreement = agreementInputs.get(i);
            var row = new HashMap<String, Object>();
            row.put("id", Ids.newId());
            row.put("text", agreement.text().strip());
            row.put("sortOrder", i);
            row.put("dueDate", agreement.dueDate());
            row.put("responsibleId", agreement.responsibleProfessionalId() == null ? null
                    : agreement.responsibleProfessionalId().toLowerCase());
            agreements.add(row);
        }
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("summary", input.summary() == null || input.summary().isBlank() ? null : input.summary().strip());
        parameters.put("attended", lower(input.attendedProfessionalIds()));
        parameters.put("presentMemberIds", lower(input.presentMemberIds()));
        parameters.put("agreements", agreements);
        neo4j.query("""
                        MATCH (t:TentSession {id: $id})
                        SET t.status = 'HELD', t.agreements = $summary, t.updatedAt = datetime()
                        WITH t
                        CALL (t) {
                          MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t)
                          SET r.status = CASE WHEN p.id IN $attended THEN 'ATTENDED'
                                              WHEN r.status = 'ATTENDED' THEN 'ACCEPTED'
                                              ELSE r.status END
                        }
                        CALL (t) {
                          MATCH (:Person)-[old:PRESENT_AT]->(t)
                          DELETE old
                        }
                        CALL (t) {
                          UNWIND $presentMemberIds AS personId
                          MATCH (p:Person {id: personId})
                          CREATE (p)-[:PRESENT_AT]->(t)
                        }
                        CALL (t) {
                          MATCH (t)-[:AGREED]->(old:Agreement)
                          DETACH DELETE old
                        }
                        CALL (t) {
                          UNWIND $agreements AS agreement
                          CREATE (t)-[:AGREED]->(a:Agreement {id: agreement.id, text: agreement.text, sortOrder: agreement.sortOrder,
                                                              dueDate: agreement.dueDate, createdAt: datetime(), updatedAt: datetime()})
                          WITH a, agreement
                          MATCH (p:Professional {id: agreement.responsibleId})
                          CREATE (a)-[:RESPONSIBLE]->(p)
                        }""")
                .bindAll(parameters)
                .run();
        return findById(id).orElseThrow();
    }

    /** The members present at each session, parents first, then by age. */
    Map<String, List<Person>> presentMembers(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (p:Person)-[:PRESENT_AT]->(t:TentSession {id: id})
                        OPTIONAL MATCH (p)-[m:MEMBER_OF]->(:Family)<-[:FOR_FAMILY]-(t)
                        WITH id, p, m ORDER BY CASE m.role WHEN 'PARENT' THEN 0 WHEN 'OTHER' THEN 1 ELSE 2 END, p.birthDate, p.givenName, p.id
                        RETURN id, collect(p {.*}) AS persons""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("persons").stream().map(Person::from).toList()));
    }

    /** The agreements of each session, in recorded order. */
    Map<String, List<Agreement>> agreements(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (:TentSession {id: id})-[:AGREED]->(a:Agreement)
                        WITH id, a ORDER BY a.sortOrder
                        RETURN id, collect(a {.*, tentSessionId: id,
                          responsible: [(a)-[:RESPONSIBLE]->(p:Professional) | p {.id, .name, .email, .phone}][0]}) AS agreements""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"),
                        r -> new Row(r).rows("agreements").stream().map(Agreement::from).toList()));
    }

    private static Map<String, Object> sessionParameters(String id, TentSessionInputs.SessionInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("date", input.date());
        parameters.put("location", input.location().strip());
        parameters.put("helpQuestionIds", lower(input.helpQuestionIds()));
        parameters.put("presentMemberIds", lower(input.presentMemberIds()));
        return parameters;
    }

    private static List<String> lower(List<String> ids) {
        return TentSessionInputs.orEmpty(ids).stream().map(String::toLowerCase).distinct().toList();
    }
}
