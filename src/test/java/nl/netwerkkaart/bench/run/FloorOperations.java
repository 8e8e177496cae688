package nl.netwerkkaart.bench.run;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import nl.netwerkkaart.bench.run.ClosedLoop.Client;
import nl.netwerkkaart.graph.FullText;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;

import static nl.netwerkkaart.bench.run.ServiceOperations.pick;

/**
 * The floor: the same data each operation returns, fetched through the Neo4j Java Driver in one read transaction
 * with the statements the service needs for it (no HTTP, GraphQL, access check or audit, and none of the service's
 * computation in Java on the rows). Where the service's statement already is the minimal one, it is the same text.
 */
final class FloorOperations {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static final String MAP_STATE = """
            MATCH (f:Family {id: $familyId})
            OPTIONAL MATCH (f)-[:LIVES_IN]->(fa:Area)
            WITH f, fa, [(fa)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k.id][0] AS familyKern
            RETURN f.id AS familyId, familyKern AS kernId,
              COLLECT {
                MATCH (p:Person)-[m:MEMBER_OF]->(f)
                RETURN p {.id, .givenName, .familyName, .birthDate, household: true, memberRole: m.role,
                          areaId: fa.id, areaName: fa.name, kernId: familyKern}
              } AS household,
              COLLECT {
                MATCH (p:Person)-[n:IN_NETWORK_OF]->(f)
                WHERE n.validFrom <= $asOf AND (n.validTo IS NULL OR $asOf < n.validTo)
                  AND NOT (p)-[:MEMBER_OF]->(f)
                OPTIONAL MATCH (p)-[:LIVES_IN]->(a:Area)
                RETURN p {.id, .givenName, .familyName, .birthDate, household: false,
                          inNetworkFrom: n.validFrom, inNetworkTo: n.validTo, areaId: a.id, areaName: a.name}
              } AS network,
              COLLECT {
                MATCH (f)<-[:OF_FAMILY]-(t:NetworkTie)<-[:VERSION_OF]-(v:NetworkTieVersion)
                WHERE v.validFrom <= $asOf AND (v.validTo IS NULL OR $asOf < v.validTo)
                MATCH (t)-[:FROM]->(a:Person), (t)-[:TO]->(b:Person)
                RETURN v {.*, tieId: t.id, fromPersonId: a.id, toPersonId: b.id}
              } AS ties,
              COLLECT {
                MATCH (p:Person)-[:MEMBER_OF|IN_NETWORK_OF]->(f)
                WITH DISTINCT p
                MATCH (p)-[u:USES]->(r:CommunityResource)
                WHERE u.validFrom <= $asOf AND (u.validTo IS NULL OR $asOf < u.validTo)
                RETURN {personId: p.id, resourceId: r.id, resourceName: r.name, validFrom: u.validFrom, validTo: u.validTo}
              } AS uses""";

    private static final String QUESTION = """
            MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $helpQuestionId})
            OPTIONAL MATCH (f)-[:LIVES_IN]->(home:Area)
            WITH f, h, home, [(home)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k][0] AS kern
            RETURN f.id AS familyId, home.id AS homeAreaId, kern.id AS kernId,
                   [(kern)-[:PART_OF]->(m:Area {kind: 'MUNICIPALITY'}) | m.id][0] AS municipalityId,
                   COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) RETURN l.code } AS lifeDomains,
                   [(h)-[:ABOUT]->(p:Person) WHERE p.birthDate IS NOT NULL | p.birthDate] AS aboutBirthDates,
                   COLLECT { MATCH (c:Person)-[:MEMBER_OF {role: 'CHILD'}]->(f) WHERE c.birthDate IS NOT NULL
                             RETURN c.birthDate } AS childBirthDates""";

    private static final String COMMUNITY = """
            OPTIONAL MATCH (kern:Area {id: $kernId})
            WITH kern,
                 COLLECT { MATCH (a:Area)-[:PART_OF*0..3]->(:Area {id: $municipalityId}) RETURN DISTINCT a } AS areas,
                 COLLECT { MATCH (:Area {id: $homeAreaId})-[:PART_OF*0..3]->(a:Area) RETURN DISTINCT a } AS homeReach
            CALL (areas) {
              UNWIND areas AS a
              MATCH (a)<-[:LOCATED_IN|SERVES]-(r:CommunityResource {status: 'ACTIVE'})
              RETURN DISTINCT r
            }
            WITH kern, r, homeReach
            WHERE NOT EXISTS { (r)-[:SERVES]->(:Area) } OR EXISTS { (r)-[:SERVES]->(s:Area) WHERE s IN homeReach }
            WITH kern, r,
                 COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l.code IN $domains
                           RETURN DISTINCT {term: e.name, domain: l.code} } AS exact,
                 COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)-[:BROADER*1..3]->(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain)
                           WHERE l.code IN $domains RETURN DISTINCT {term: e.name, domain: l.code} } AS narrower,
                 COLLECT { MATCH (r)-[:ADDRESSES]->(e:Expertise)<-[:BROADER*1..3]-(:Expertise)-[:IN_DOMAIN]->(l:LifeDomain)
                           WHERE l.code IN $domains RETURN DISTINCT {term: e.name, domain: l.code} } AS broader,
                 COLLECT { MATCH (r)-[:ADDRESSES]->(l:LifeDomain) WHERE l.code IN $domains RETURN l.code } AS direct,
                 [(r)-[:LOCATED_IN]->(:Area)-[:PART_OF*0..1]->(k:Area {kind: 'KERN'}) | k][0] AS resourceKern
            WHERE size(exact) + size(narrower) + size(broader) + size(direct) > 0
            RETURN r {.*} AS resource, exact, narrower, broader, direct, resourceKern.name AS kernName,
                   resourceKern.latitude AS latitude, resourceKern.longitude AS longitude""";

    // the ranking's candidates, both tiers at once: per-question sets, candidates joined from the municipality's areas
    // and the question's related terms (as RankingRepository.candidates)
    private static final String RANKING = """
            MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $helpQuestionId})
            WITH f, COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l } AS concerns,
                 COLLECT { MATCH (person:Person)-[:MEMBER_OF]->(f) UNWIND coalesce(person.languages, []) AS language
                           RETURN DISTINCT language } AS languages,
                 COLLECT { MATCH path = (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(a:Area)
                           RETURN {area: a, depth: length(path)} ORDER BY length(path) } AS reach,
                 COLLECT { MATCH (f)-[:COACHED_BY]->(c) RETURN c }
                   + COLLECT { MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(d:Match)-[:WITH_HELPER]->(p)
                               WHERE d.status = 'CLOSED' AND d.outcome IN ['NO_CLICK', 'NOT_SUITABLE'] RETURN p } AS excluded
            WITH languages, reach, excluded, concerns,
                 COLLECT { UNWIND reach AS r WITH r.area AS m WHERE m.kind = 'MUNICIPALITY'
                           MATCH (a:Area)-[:PART_OF*0..3]->(m) RETURN DISTINCT a } AS areas
            WITH languages, reach, excluded, concerns, areas, COLLECT {
                   MATCH (e:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns
                     AND NOT EXISTS { MATCH (e)-[:IN_DOMAIN]->(other:LifeDomain) WHERE NOT other IN concerns }
                   RETURN DISTINCT e } AS exact
            WITH languages, reach, excluded, concerns, areas, exact,
                 COLLECT { UNWIND exact AS x MATCH (e:Expertise)-[:BROADER*1..]->(x) RETURN DISTINCT e } AS narrower,
                 COLLECT { UNWIND exact AS x MATCH (x)-[:BROADER*1..]->(e:Expertise) RETURN DISTINCT e } AS broader,
                 COLLECT { MATCH (e:Expertise)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns RETURN DISTINCT e } AS related
            WITH languages, reach, excluded, concerns, areas, COLLECT {
                   UNWIND exact + narrower + broader + related AS e
                   WITH DISTINCT e
                   RETURN {expertise: e, name: e.name,
                           fit: CASE WHEN e IN exact THEN 4 WHEN e IN narrower THEN 3 WHEN e IN broader THEN 2 ELSE 1 END,
                           covers: [(e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns | l.code]} } AS terms
            CALL (areas, terms, excluded) {
              CALL (areas, terms) {
                UNWIND areas AS a
                MATCH (a)<-[:SERVES]-(p)
                RETURN p, a AS area, null AS term
                UNION ALL
                UNWIND terms AS term
                WITH term, term.expertise AS e
                MATCH (e)<-[:HAS_EXPERTISE]-(p)
                RETURN p, null AS area, term
              }
              WITH p, excluded, collect(area) AS served, collect(term) AS held
              WHERE size(served) > 0 AND size(held) > 0 AND p:Professional AND NOT p IN excluded
              RETURN p, served, held
            }
            WITH languages, reach, concerns, p, served,
                 COLLECT { UNWIND held AS term RETURN term ORDER BY term.fit DESC, term.name LIMIT 1 }[0] AS best,
                 COLLECT { UNWIND held AS term UNWIND term.covers AS code RETURN DISTINCT code } AS covered
            RETURN p {.id, .name, .tier, .capacity, .acceptingClients, .languages} AS professional,
                   best {.fit, .name} AS best, covered,
                   [r IN reach WHERE r.area IN served | r.area.name][0..1] AS servedAreas,
                   [language IN coalesce(p.languages, []) WHERE language IN languages] AS sharedLanguages,
                   COLLECT { MATCH (p)<-[:WITH_HELPER]-(o:Match)-[:FOR_QUESTION]->(:HelpQuestion)-[:CONCERNS]->(l:LifeDomain)
                             WHERE o.status = 'CLOSED' AND l IN concerns
                             WITH DISTINCT o RETURN o.outcome } AS outcomes""";

    private static final String PROFESSIONALS = """
            MATCH (e:Expertise) WHERE e.id IN $expertiseIds
            MATCH (p:Professional)-[:HAS_EXPERTISE]->(:Expertise)-[:BROADER*0..]->(e)
            WITH DISTINCT p
            WHERE EXISTS { MATCH (p)-[:SERVES]->(s:Area)
                           WHERE s.id IN $areaIds
                              OR EXISTS { (s)-[:PART_OF*]->(inside:Area) WHERE inside.id IN $areaIds }
                              OR EXISTS { (part:Area)-[:PART_OF*]->(s) WHERE part.id IN $areaIds } }
            WITH p ORDER BY p.name, p.id
            WITH collect(p) AS matches
            RETURN size(matches) AS total, [p IN matches[0..$first] | p {.id, .name, .discipline, .tier, .capacity,
                   .acceptingClients, .languages, organisation: [(p)-[:WORKS_FOR]->(o:Organisation) | o.name][0],
                   areas: [(p)-[:SERVES]->(a:Area) | a.name],
                   expertises: [(p)-[:HAS_EXPERTISE]->(e:Expertise) | e.name]}] AS items""";

    private static final String SEARCH = """
            CALL db.index.fulltext.queryNodes('directory_search', $query) YIELD node, score
            WITH node, score ORDER BY score DESC, node.name, node.id
            WITH collect({labels: labels(node), id: node.id, name: node.name, description: node.description, score: score}) AS hits
            RETURN size(hits) AS total, hits[0..20] AS hits""";

    private static final String CONSENTING = """
            EXISTS { MATCH (f)-[:HAS_CONSENT]->(c:Consent)
                     WHERE 'ANONYMOUS_STATISTICS' IN c.scopes AND c.revokedAt IS NULL
                       AND (c.validUntil IS NULL OR c.validUntil >= date({timezone: 'Europe/Amsterdam'})) }""";

    private static final String DEMAND = """
            MATCH (:Area {id: $municipalityId, kind: 'MUNICIPALITY'})<-[:PART_OF]-(k:Area {kind: 'KERN'})
            CALL (k) {
              MATCH (k)<-[:PART_OF*0..1]-(:Area)<-[:LIVES_IN]-(f:Family)
              WITH DISTINCT f
              WHERE %s
              MATCH (f)-[:RAISED]->(h:HelpQuestion)
              WHERE h.createdAt.epochMillis >= $from AND h.createdAt.epochMillis < $until
              MATCH (h)-[:CONCERNS]->(d:LifeDomain)
              WITH d.code AS code, count(DISTINCT h) AS n
              RETURN collect({code: code, n: n}) AS questions
            }
            CALL (k) {
              MATCH (s:AnonymousStatistics {areaId: k.id})-[b:BY_DOMAIN]->(d:LifeDomain)
              WHERE s.year IN $years
              WITH d.code AS code, sum(b.helpQuestions) AS n
              RETURN collect({code: code, n: n}) AS erased
            }
            RETURN k.id AS kernId, questions, erased""".formatted(CONSENTING);

    private static final String SUPPLY = """
            MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})
            CALL (m) {
              MATCH (r:CommunityResource {status: 'ACTIVE'})-[:SERVES]->(m)
              WITH DISTINCT r
              RETURN collect({node: r, codes: [(r)-[:ADDRESSES]->(d:LifeDomain) | d.code]
                                              + [(r)-[:ADDRESSES]->(:Expertise)-[:IN_DOMAIN]->(d:LifeDomain) | d.code]}) AS wideResources
            }
            CALL (m) {
              MATCH (p:Professional)-[:SERVES]->(m)
              WHERE p.capacity > 0 AND p.acceptingClients = true
              WITH DISTINCT p
              RETURN collect({node: p, codes: [(p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(d:LifeDomain) | d.code]}) AS wideProfessionals
            }
            MATCH (m)<-[:PART_OF]-(k:Area {kind: 'KERN'})
            WITH k, wideResources, wideProfessionals, [k] + COLLECT { MATCH (w:Area)-[:PART_OF]->(k) RETURN w } AS local
            CALL (local, wideResources) {
              UNWIND local AS a
              MATCH (r:CommunityResource {status: 'ACTIVE'})-[:SERVES|LOCATED_IN]->(a)
              WITH DISTINCT r
              WITH collect({node: r, codes: [(r)-[:ADDRESSES]->(d:LifeDomain) | d.code]
                                           + [(r)-[:ADDRESSES]->(:Expertise)-[:IN_DOMAIN]->(d:LifeDomain) | d.code]}) AS localResources
              UNWIND localResources + wideResources AS resource
              UNWIND resource.codes AS code
              WITH code, count(DISTINCT resource.node) AS n
              RETURN collect({code: code, n: n}) AS resources
            }
            CALL (local, wideProfessionals) {
              UNWIND local AS a
              MATCH (p:Professional)-[:SERVES]->(a)
              WHERE p.capacity > 0 AND p.acceptingClients = true
              WITH DISTINCT p
              WITH collect({node: p, codes: [(p)-[:HAS_EXPERTISE]->(:Expertise)-[:IN_DOMAIN]->(d:LifeDomain) | d.code]}) AS localProfessionals
              UNWIND localProfessionals + wideProfessionals AS professional
              UNWIND professional.codes AS code
              WITH code, count(DISTINCT professional.node) AS n
              RETURN collect({code: code, n: n}) AS professionals
            }
            RETURN k.id AS kernId, k.name AS name, k.latitude AS latitude, k.longitude AS longitude, resources, professionals""";

    private static final String FLOW = """
            MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})
            MATCH (f:Family)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(m)
            WITH DISTINCT f
            WHERE %s
            WITH collect(f) AS families
            CALL (families) {
              UNWIND families AS f
              MATCH (f)-[:RAISED]->(h:HelpQuestion)
              CALL (h) {
                OPTIONAL MATCH (x:Match)-[:FOR_QUESTION]->(h)
                WITH x, CASE WHEN x.status = 'CLOSED' THEN x.closedAt END AS closedAt
                RETURN min(x.confirmedAt) AS firstConfirmedAt, min(x.startedAt) AS firstStartedAt,
                       collect(CASE WHEN (x.confirmedAt.epochMillis >= $from AND x.confirmedAt.epochMillis < $until)
                                      OR (closedAt.epochMillis >= $from AND closedAt.epochMillis < $until)
                                    THEN {ladderStep: x.ladderStep, confirmedAt: x.confirmedAt, closedAt: closedAt,
                                          outcome: x.outcome} END) AS matches
              }
              WITH h, firstConfirmedAt, firstStartedAt, matches,
                   CASE WHEN h.status = 'CLOSED' THEN coalesce(h.closedAt, h.updatedAt) END AS closedAt
              RETURN collect(CASE WHEN h.createdAt.epochMillis < $until AND (closedAt IS NULL OR closedAt.epochMillis >= $from)
                                  THEN {createdAt: h.createdAt, closedAt: closedAt, firstConfirmedAt: firstConfirmedAt,
                                        firstStartedAt: firstStartedAt} END) AS questions,
                     collect(matches) AS matches
            }
            CALL (families) {
              UNWIND families AS f
              MATCH (a:Assessment)-[:OF_FAMILY]->(f)
              WHERE a.date >= $fromDate AND a.date <= $toDate
              MATCH (a)-[s:SCORED]->(d:LifeDomain)
              WITH f, [(a)-[:OF_PERSON]->(p:Person) | p.id][0] AS person, d, a, s.score AS score
              ORDER BY a.date, a.createdAt
              WITH f, person, d, collect(score) AS scores
              WHERE size(scores) >= 2
              WITH d, scores[size(scores) - 1] - scores[0] AS change
              WITH d.code AS lifeDomain, d.sortOrder AS sortOrder, count(*) AS subjects, avg(change) AS averageChange,
                   count(CASE WHEN change > 0 THEN 1 END) AS improved,
                   count(CASE WHEN change = 0 THEN 1 END) AS unchanged,
                   count(CASE WHEN change < 0 THEN 1 END) AS worsened
              ORDER BY sortOrder
              RETURN collect({lifeDomain: lifeDomain, subjects: subjects, averageChange: averageChange,
                              improved: improved, unchanged: unchanged, worsened: worsened}) AS zrmChanges
            }
            RETURN questions, matches, zrmChanges""".formatted(CONSENTING);

    private static final String FLOW_ERASED = """
            MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})<-[:PART_OF]-(k:Area {kind: 'KERN'})
            OPTIONAL MATCH (s:AnonymousStatistics {areaId: k.id}) WHERE s.year IN $years
            RETURN coalesce(sum(s.helpQuestions), 0) AS helpQuestions, coalesce(sum(s.erasedFamilies), 0) AS families""";

    private final Driver driver;
    private final Samples samples;

    FloorOperations(Driver driver, Samples samples) {
        this.driver = driver;
        this.samples = samples;
    }

    Client reader(String operation, Stats stats) {
        var today = LocalDate.now(AMSTERDAM);
        var yearAgo = today.minusYears(1).plusDays(1);
        var from = yearAgo.atStartOfDay(AMSTERDAM).toInstant().toEpochMilli();
        var until = today.plusDays(1).atStartOfDay(AMSTERDAM).toInstant().toEpochMilli();
        var years = yearAgo.getYear() == today.getYear() ? List.of(today.getYear()) : List.of(yearAgo.getYear(), today.getYear());
        return switch (operation) {
            // the least a request can cost: one round trip that reads nothing
            case ServiceOperations.VIEWER -> (random, timer) -> timer.time(stats, () -> read(tx -> tx.run("RETURN 1").list()));
            case ServiceOperations.FAMILY_NETWORK, ServiceOperations.NETWORK_SUMMARY -> (random, timer) -> {
                var familyId = pick(random, samples.families()).familyId();
                timer.time(stats, () -> read(tx -> tx.run(MAP_STATE, Map.of("familyId", familyId, "asOf", today)).list()));
            };
            case ServiceOperations.NETWORK_SUPPORT_FOR -> (random, timer) -> {
                var questionId = question(random);
                timer.time(stats, () -> read(tx -> {
                    var familyId = tx.run(QUESTION, Map.of("helpQuestionId", questionId)).single().get("familyId").asString();
                    return tx.run(MAP_STATE, Map.of("familyId", familyId, "asOf", today)).list();
                }));
            };
            case ServiceOperations.SUPPORT_OPTIONS -> (random, timer) -> {
                var questionId = question(random);
                timer.time(stats, () -> read(tx -> {
                    var question = tx.run(QUESTION, Map.of("helpQuestionId", questionId)).single();
                    tx.run(MAP_STATE, Map.of("familyId", question.get("familyId").asString(), "asOf", today)).list();
                    var parameters = new HashMap<String, Object>();
                    parameters.put("kernId", question.get("kernId").asString(null));
                    parameters.put("municipalityId", question.get("municipalityId").asString(null));
                    parameters.put("homeAreaId", question.get("homeAreaId").asString(null));
                    parameters.put("domains", question.get("lifeDomains").asList(v -> v.asString()));
                    tx.run(COMMUNITY, parameters).list();
                    return tx.run(RANKING, Map.of("helpQuestionId", questionId)).list();
                }));
            };
            case ServiceOperations.MATCH_PROFESSIONALS -> (random, timer) -> {
                var questionId = question(random);
                timer.time(stats, () -> read(tx -> tx.run(RANKING, Map.of("helpQuestionId", questionId)).list()));
            };
            case ServiceOperations.PROFESSIONALS -> (random, timer) -> {
                var sample = pick(random, samples.directory());
                var parameters = Map.<String, Object>of("expertiseIds", List.of(sample.expertiseId()),
                        "areaIds", List.of(sample.kernId()), "first", 20);
                timer.time(stats, () -> read(tx -> tx.run(PROFESSIONALS, parameters).list()));
            };
            case ServiceOperations.SEARCH -> (random, timer) -> {
                var query = FullText.query("text", pick(random, samples.words()));
                timer.time(stats, () -> read(tx -> tx.run(SEARCH, Map.of("query", query)).list()));
            };
            case ServiceOperations.AREA_COVERAGE -> (random, timer) -> {
                var parameters = Map.<String, Object>of("municipalityId", pick(random, samples.municipalities()),
                        "from", from, "until", until, "years", years);
                timer.time(stats, () -> read(tx -> {
                    tx.run(DEMAND, parameters).list();
                    return tx.run(SUPPLY, parameters).list();
                }));
            };
            case ServiceOperations.FLOW_STATISTICS -> (random, timer) -> {
                var parameters = Map.<String, Object>of("municipalityId", pick(random, samples.municipalities()),
                        "from", from, "until", until, "years", years, "fromDate", yearAgo, "toDate", today);
                timer.time(stats, () -> read(tx -> {
                    tx.run(FLOW, parameters).list();
                    return tx.run(FLOW_ERASED, parameters).list();
                }));
            };
            default -> throw new IllegalArgumentException("Unknown operation " + operation);
        };
    }

    private String question(Random random) {
        return pick(random, pick(random, samples.familiesWithQuestions()).helpQuestionIds());
    }

    private <T> T read(Function<TransactionContext, T> work) {
        try (var session = driver.session()) {
            return session.executeRead(work::apply);
        }
    }
}
