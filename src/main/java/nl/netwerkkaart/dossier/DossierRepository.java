package nl.netwerkkaart.dossier;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.netwerkkaart.api.Connection;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.Paging;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class DossierRepository {

    private final Neo4jClient neo4j;

    DossierRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * Every entry of the family's timeline in one statement, oldest first; entries at the same moment in the order of
     * {@link TimelineEntry.Kind}, agreements in the order they were made. Matches are read as the graph model
     * defines them: one entry per step that has its timestamp.
     */
    Connection<TimelineEntry> timeline(String familyId, PageRequest page) {
        return Paging.page(neo4j, """
                        MATCH (f:Family {id: $familyId})
                        CALL (f) {
                          MATCH (f)-[:RAISED]->(h:HelpQuestion)
                          RETURN {kind: 'HELP_QUESTION', at: h.createdAt, title: 'Hulpvraag gesteld', text: h.text,
                                  itemId: h.id, helpQuestionId: h.id} AS entry, 0 AS sortOrder
                          UNION ALL
                          MATCH (f)-[:RAISED]->(h:HelpQuestion) WHERE h.closedAt IS NOT NULL
                          RETURN {kind: 'HELP_QUESTION_CLOSED', at: h.closedAt, title: 'Hulpvraag afgesloten', text: h.text,
                                  itemId: h.id, helpQuestionId: h.id} AS entry, 0 AS sortOrder
                          UNION ALL
                          MATCH (f)-[:RAISED]->(h:HelpQuestion)<-[:EXPLAINS]-(a:Analysis)
                          RETURN {kind: 'ANALYSIS', at: a.createdAt, title: 'Verklarende analyse', text: a.summary,
                                  itemId: a.id, helpQuestionId: h.id} AS entry, 0 AS sortOrder
                          UNION ALL
                          MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
                          RETURN {kind: 'TENT_SESSION', at: datetime({date: t.date, timezone: 'Europe/Amsterdam'}),
                                  title: CASE t.status WHEN 'HELD' THEN 'Expertisetent gehouden'
                                                       WHEN 'CANCELLED' THEN 'Expertisetent afgelast'
                                                       ELSE 'Expertisetent gepland' END,
                                  text: coalesce(t.agreements, t.cancellationReason, t.location),
                                  itemId: t.id, tentSessionId: t.id} AS entry, 0 AS sortOrder
                          UNION ALL
                          MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
                          MATCH (t)-[:AGREED]->(g:Agreement)
                          RETURN {kind: 'AGREEMENT', at: datetime({date: t.date, timezone: 'Europe/Amsterdam'}),
                                  title: 'Afspraak', text: g.text, itemId: g.id, tentSessionId: t.id} AS entry,
                                 g.sortOrder AS sortOrder
                          UNION ALL
                          MATCH (f)-[:RAISED]->(h:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)
                          UNWIND [{status: 'PROPOSED', at: m.proposedAt, title: 'Match voorgesteld'},
                                  {status: 'CONFIRMED', at: m.confirmedAt, title: 'Match bevestigd: er is een klik'},
                                  {status: 'STARTED', at: m.startedAt, title: 'Hulp gestart'},
                                  {status: 'CLOSED', at: m.closedAt, title: 'Match afgesloten'}] AS step
                          WITH h, m, step, [(m)-[:WITH_HELPER]->(x) | coalesce(x.name, trim(x.givenName + ' ' + coalesce(x.familyName, '')))][0] AS helperName
                          WHERE step.at IS NOT NULL
                          RETURN {kind: 'MATCH', at: step.at, title: step.title, text: m.note, itemId: m.id,
                                  helpQuestionId: h.id, matchStatus: step.status,
                                  matchOutcome: CASE WHEN step.status = 'CLOSED' THEN m.outcome END,
                                  ladderStep: m.ladderStep, helperName: helperName} AS entry,
                                 CASE step.status WHEN 'PROPOSED' THEN 0 WHEN 'CONFIRMED' THEN 1 WHEN 'STARTED' THEN 2 ELSE 3 END AS sortOrder
                          UNION ALL
                          MATCH (n:HandoverNote)-[:FOR_FAMILY]->(f)
                          RETURN {kind: 'HANDOVER_NOTE', at: n.createdAt, title: 'Overdrachtsnotitie', text: n.text,
                                  itemId: n.id, handoverNoteId: n.id} AS entry, 0 AS sortOrder
                        }
                        WITH entry, sortOrder
                        ORDER BY entry.at,
                                 CASE entry.kind WHEN 'HELP_QUESTION' THEN 0 WHEN 'ANALYSIS' THEN 1 WHEN 'TENT_SESSION' THEN 2
                                                 WHEN 'AGREEMENT' THEN 3 WHEN 'MATCH' THEN 4 WHEN 'HANDOVER_NOTE' THEN 5 ELSE 6 END,
                                 sortOrder, entry.itemId
                        WITH collect(entry) AS entries
                        RETURN entries[$offset..$offset + $limit] AS items, size(entries) AS total""",
                new HashMap<>(Map.of("familyId", familyId)), page, TimelineEntry::from);
    }

    /** The notes with an id in {@code ids}, by id. */
    Map<String, HandoverNote> notes(Collection<String> ids) {
        return neo4j.query("""
                        UNWIND $ids AS id
                        MATCH (n:HandoverNote {id: id})-[:FOR_FAMILY]->(f:Family)
                        RETURN id, n {.id, .text, .createdAt, familyId: f.id,
                          author: [(n)-[:WRITTEN_BY]->(a:Professional) | a {.id, .name, .email, .phone}][0],
                          recipient: [(n)-[:ADDRESSED_TO]->(r:Professional) | r {.id, .name, .email, .phone}][0]} AS note""")
                .bind(ids).to("ids")
                .fetch().all().stream()
                .collect(Collectors.toMap(r -> (String) r.get("id"), r -> HandoverNote.from(Row.of(r.get("note")))));
    }

    boolean professionalExists(String id) {
        return neo4j.query("RETURN EXISTS { MATCH (:Professional {id: $id}) } AS found")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    HandoverNote addNote(String id, String familyId, String authorId, AddHandoverNoteInput input) {
        var parameters = new HashMap<String, Object>();
        parameters.put("id", id);
        parameters.put("familyId", familyId);
        parameters.put("authorId", authorId);
        parameters.put("text", input.text().strip());
        parameters.put("recipientId", input.recipientProfessionalId() == null ? null : input.recipientProfessionalId().toLowerCase());
        neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        CREATE (n:HandoverNote {id: $id, text: $text, createdAt: datetime(), updatedAt: datetime()})-[:FOR_FAMILY]->(f)
                        WITH f, n
                        CALL (n) {
                          MATCH (a:Professional {id: $authorId})
                          CREATE (n)-[:WRITTEN_BY]->(a)
                        }
                        CALL (n) {
                          MATCH (r:Professional {id: $recipientId})
                          CREATE (n)-[:ADDRESSED_TO]->(r)
                        }""")
                .bindAll(parameters)
                .run();
        return notes(List.of(id)).get(id);
    }
}
