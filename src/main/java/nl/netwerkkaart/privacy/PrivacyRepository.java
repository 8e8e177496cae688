package nl.netwerkkaart.privacy;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import nl.netwerkkaart.family.FamilyGraph;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class PrivacyRepository {

    /** What an erasure deleted. */
    record Erased(int persons, int helpQuestions) {
    }

    private final Neo4jClient neo4j;

    PrivacyRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The family's whole export document in one statement; empty when there is no such family. */
    Optional<Map<String, Object>> export(String familyId, OffsetDateTime exportedAt) {
        return neo4j.query("""
                        MATCH (f:Family {id: $id})
                        RETURN {
                          exportedAt: $exportedAt,
                          family: f {.*},
                          area: [(f)-[:LIVES_IN]->(a:Area) | a {.id, .name, .kind}][0],
                          coach: [(f)-[:COACHED_BY]->(c:Professional) | c {.id, .name}][0],
                          members: COLLECT {
                            MATCH (p:Person)-[m:MEMBER_OF]->(f)
                            WITH p, m
                            ORDER BY CASE m.role WHEN 'PARENT' THEN 0 WHEN 'OTHER' THEN 1 ELSE 2 END,
                                     p.birthDate, p.givenName, p.id
                            RETURN p {.*, role: m.role, authority: m.authority}
                          },
                          helpQuestions: COLLECT {
                            MATCH (f)-[:RAISED]->(h:HelpQuestion)
                            WITH h ORDER BY h.createdAt, h.id
                            RETURN h {.*,
                              lifeDomains: COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code },
                              about: [(h)-[:ABOUT]->(p:Person) | p {.id, .givenName, .familyName}][0]}
                          },
                          consents: COLLECT {
                            MATCH (f)-[:HAS_CONSENT]->(c:Consent)
                            WITH c ORDER BY c.givenAt, c.id
                            RETURN c {.*,
                              givenBy: COLLECT { MATCH (c)-[:GIVEN_BY]->(p:Person) WITH p ORDER BY p.givenName, p.id
                                                 RETURN p {.id, .givenName, .familyName} }}
                          },
                          tentSessions: COLLECT {
                            MATCH (t:TentSession)-[:FOR_FAMILY]->(f)
                            WITH t ORDER BY t.date, t.id
                            RETURN t {.*,
                              director: [(t)-[:DIRECTED_BY]->(d:Professional) | d {.id, .name}][0],
                              participants: COLLECT { MATCH (p:Professional)-[r:PARTICIPATES_IN]->(t) WITH p, r ORDER BY p.name, p.id
                                                      RETURN {professionalId: p.id, name: p.name, status: r.status} },
                              discussedHelpQuestionIds: COLLECT { MATCH (t)-[:DISCUSSES]->(h:HelpQuestion) WITH h ORDER BY h.id RETURN h.id },
                              presentMemberIds: COLLECT { MATCH (p:Person)-[:PRESENT_AT]->(t) WITH p ORDER BY p.id RETURN p.id },
                              agreementItems: COLLECT {
                                MATCH (t)-[:AGREED]->(g:Agreement) WITH g ORDER BY g.sortOrder
                                RETURN g {.*, responsible: [(g)-[:RESPONSIBLE]->(p:Professional) | p {.id, .name}][0]} }}
                          },
                          networkPersons: COLLECT {
                            MATCH (p:Person)-[n:IN_NETWORK_OF]->(f)
                            WITH p, n ORDER BY p.familyName, p.givenName, p.id, n.validFrom
                            RETURN p {.id, .givenName, .familyName, .birthDate, inNetworkFrom: n.validFrom, inNetworkTo: n.validTo,
                                      area: [(p)-[:LIVES_IN]->(a:Area) | a.name][0]}
                          },
                          networkTies: COLLECT {
                            MATCH (t:NetworkTie)-[:OF_FAMILY]->(f)
                            WITH t ORDER BY t.id
                            RETURN {id: t.id, fromPersonId: [(t)-[:FROM]->(a:Person) | a.id][0], toPersonId: [(t)-[:TO]->(b:Person) | b.id][0],
                                    versions: COLLECT { MATCH (v:NetworkTieVersion)-[:VERSION_OF]->(t) WITH v ORDER BY v.validFrom, v.createdAt, v.id
                                                        RETURN v {.*} }}
                          },
                          resourceUses: COLLECT {
                            // the uses this family's map recorded are those of its own persons; reading them from there
                            // instead of from every resource keeps the export's cost independent of the database's size
                            MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
                            WITH DISTINCT p, f
                            MATCH (p)-[u:USES]->(r:CommunityResource)
                            WHERE u.familyId = f.id
                            WITH p, u, r ORDER BY r.name, p.id, u.validFrom
                            RETURN {personId: p.id, resourceId: r.id, resourceName: r.name, validFrom: u.validFrom, validTo: u.validTo}
                          },
                          assessments: COLLECT {
                            MATCH (a:Assessment)-[:OF_FAMILY]->(f)
                            WITH a ORDER BY a.date, a.createdAt, a.id
                            RETURN a {.id, .date, .createdAt, personId: [(a)-[:OF_PERSON]->(p:Person) | p.id][0],
                                      scores: COLLECT { MATCH (a)-[s:SCORED]->(l:LifeDomain) WITH s, l ORDER BY l.sortOrder
                                                        RETURN s {.score, .ownStrength, .network, .professional, lifeDomain: l.code} }}
                          },
                          matches: COLLECT {
                            MATCH (f)-[:RAISED]->(h:HelpQuestion)<-[:FOR_QUESTION]-(m:Match)-[:WITH_HELPER]->(x)
                            WITH h, m, x ORDER BY m.proposedAt, m.id
                            RETURN m {.*, helpQuestionId: h.id,
                              helper: {id: x.id,
                                       type: CASE WHEN x:Professional THEN 'Professional'
                                                  WHEN x:CommunityResource THEN 'CommunityResource' ELSE 'Person' END,
                                       name: coalesce(x.name, trim(x.givenName + ' ' + coalesce(x.familyName, '')))}}
                          },
                          analyses: COLLECT {
                            MATCH (f)-[:RAISED]->(h:HelpQuestion)<-[:EXPLAINS]-(a:Analysis)
                            WITH h, a ORDER BY h.createdAt, h.id
                            RETURN a {.*, helpQuestionId: h.id,
                              hypotheses: COLLECT {
                                MATCH (a)-[:HAS_HYPOTHESIS]->(y:Hypothesis) WITH y ORDER BY y.sortOrder
                                RETURN y {.text,
                                  lifeDomains: COLLECT { MATCH (y)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code },
                                  supportingEvidence: COLLECT { MATCH (y)-[:SUPPORTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                                    RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }} },
                                  contradictingEvidence: COLLECT { MATCH (y)-[:CONTRADICTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                                    RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }} }}
                              },
                              protectiveFactors: COLLECT {
                                MATCH (a)-[:PROTECTED_BY]->(x:AnalysisFactor) WITH x ORDER BY x.sortOrder
                                RETURN x {.text, lifeDomains: COLLECT { MATCH (x)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l.code }} }}
                          },
                          handoverNotes: COLLECT {
                            MATCH (n:HandoverNote)-[:FOR_FAMILY]->(f)
                            WITH n ORDER BY n.createdAt, n.id
                            RETURN n {.*, author: [(n)-[:WRITTEN_BY]->(p:Professional) | p {.id, .name}][0],
                                          recipient: [(n)-[:ADDRESSED_TO]->(p:Professional) | p {.id, .name}][0]}
                          }
                        } AS document""")
                .bindAll(Map.of("id", familyId, "exportedAt", exportedAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)))
                .fetch().one()
                .map(r -> portableMap((Map<?, ?>) r.get("document")));
    }

    /** The family's name; empty when there is no such family. */
    Optional<String> name(String familyId) {
        return neo4j.query("MATCH (f:Family {id: $id}) RETURN f.name AS name")
                .bind(familyId).to("id").fetchAs(String.class).one();
    }

    /**
     * Adds the family to the anonymous counters of its kern (the kern it lives in, or the kern of its wijk) for
     * {@code year}: one erased family, its help questions, and its help questions per life domain.
     */
    void countErasure(String familyId, int year) {
        neo4j.query("""
                        MATCH (f:Family {id: $id})
                        WITH f, coalesce([(f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k.id][0],
                                         [(f)-[:LIVES_IN]->(a:Area) | a.id][0]) AS areaId
                        MERGE (s:AnonymousStatistics {areaId: areaId, year: $year})
                        ON CREATE SET s.id = randomUUID(), s.erasedFamilies = 0, s.helpQuestions = 0
                        SET s.erasedFamilies = s.erasedFamilies + 1,
                            s.helpQuestions = s.helpQuestions + COUNT { (f)-[:RAISED]->(:HelpQuestion) }
                        WITH f, s
                        CALL (f, s) {
                          MATCH (f)-[:RAISED]->(:HelpQuestion)-[:CONCERNS]->(l:LifeDomain)
                          WITH s, l, count(*) AS questions
                          MERGE (s)-[c:BY_DOMAIN]->(l)
                          ON CREATE SET c.helpQuestions = 0
                          SET c.helpQuestions = c.helpQuestions + questions
                        }""")
                .bindAll(Map.of("id", familyId, "year", year))
                .run();
    }

    /** Deletes the family and everything of it, as {@link FamilyGraph#DELETE} says; how many persons and questions. */
    Erased erase(String familyId) {
        var row = neo4j.query("""
                        MATCH (f:Family {id: $id})
                        %s
                        RETURN persons, helpQuestions""".formatted(FamilyGraph.DELETE))
                .bind(familyId).to("id")
                .fetch().one().map(Row::new).orElseThrow();
        return new Erased(row.integer("persons"), row.integer("helpQuestions"));
    }

    /** Driver values as plain JSON values: maps get sorted keys, so the same data always writes the same text. */
    private static Map<String, Object> portableMap(Map<?, ?> map) {
        var sorted = new TreeMap<String, Object>();
        map.forEach((key, value) -> sorted.put((String) key, portable(value)));
        return sorted;
    }

    private static Object portable(Object value) {
        if (value instanceof Map<?, ?> map) {
            return portableMap(map);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PrivacyRepository::portable).toList();
        }
        if (value instanceof ZonedDateTime dateTime) {
            return dateTime.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof TemporalAccessor || value instanceof TemporalAmount) {
            return value.toString();
        }
        return value;
    }
}
