package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.Today;
import nl.netwerkkaart.access.ConsentCoverage;
import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * Aggregate reads for the municipality. Families count only while a current consent of theirs covers
 * ANONYMOUS_STATISTICS; nothing returned here carries a family's or person's id or name. Instants are compared
 * as epoch milliseconds, because two DateTimes of the same instant in different zones do not compare as equal.
 */
@Repository
class StatisticsRepository {

    // Which families count in the aggregates: those whose consent covers anonymous statistics today. Constant Cypher
    // fragments (values stay parameters), so every aggregate applies the same condition.
    private static final String STATISTICS_CONSENT = """
            EXISTS { MATCH (f)-[:HAS_CONSENT]->(c:Consent)
                     WHERE 'ANONYMOUS_STATISTICS' IN c.scopes AND %s }""".formatted(ConsentCoverage.CURRENT);

    /**
     * Binds {@code f} to each consenting family of the municipality {@code $municipalityId}. Persons live in areas
     * too (twelve times as many), so the DISTINCT keeps the planner from testing the consent before the Family label.
     */
    private static final String CONSENTING_FAMILIES = """
            MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})
            MATCH (f:Family)-[:LIVES_IN]->(:Area)-[:PART_OF*0..2]->(m)
            WITH DISTINCT f
            WHERE %s""".formatted(STATISTICS_CONSENT);

    private final Neo4jClient neo4j;

    private final Today today;

    StatisticsRepository(Neo4jClient neo4j, Today today) {
        this.neo4j = neo4j;
        this.today = today;
    }

    /** Raw numbers of one kern: per life domain code, demand (live and erased) and supply. */
    record KernNumbers(String kernId, String name, Double latitude, Double longitude, Map<String, Integer> demand,
                       Map<String, Integer> resources, Map<String, Integer> professionals) {
    }

    /** A help question's timeline, without anything that identifies it. */
    record QuestionTimes(ZonedDateTime createdAt, ZonedDateTime closedAt, ZonedDateTime firstConfirmedAt,
                         ZonedDateTime firstStartedAt) {
    }

    /** A match's step and timeline, without anything that identifies it. */
    record MatchTimes(String ladderStep, ZonedDateTime confirmedAt, ZonedDateTime closedAt, String outcome) {
    }

    /** ZRM score changes of one life domain over the subjects assessed at least twice. */
    record ZrmNumbers(String lifeDomain, int subjects, double averageChange, int improved, int unchanged, int worsened) {
    }

    record Erased(int helpQuestions, int families) {
    }

    /** Every municipality's id, in a fixed order. */
    List<String> municipalityIds() {
        return List.copyOf(neo4j.query("MATCH (m:Area {kind: 'MUNICIPALITY'}) RETURN m.id AS id ORDER BY id")
                .fetchAs(String.class).all());
    }

    boolean isMunicipality(String id) {
        return neo4j.query("RETURN EXISTS { MATCH (:Area {id: $id, kind: 'MUNICIPALITY'}) } AS found")
                .bind(id).to("id").fetchAs(Boolean.class).one().orElse(false);
    }

    /**
     * Per kern of the municipality: help questions raised in [from, until) by consenting families living in the
     * kern or one of its wijken, per life domain, plus the erased ones counted for the given years; active
     * community resources addressing each domain (directly or through an expertise in it) that serve the kern, a
     * wijk of it or the municipality, or are located in the kern or one of its wijken; professionals with open
     * places who accept clients, serve the same areas and hold an expertise in the domain. Demand and supply are two
     * statements, each planned quickly. The consent is tested once per family (not per question), and the supply that
     * serves the whole municipality, with the life domains of each, is gathered once instead of again for every kern.
     */
    List<KernNumbers> coverage(String municipalityId, ZonedDateTime from, ZonedDateTime until, List<Integer> erasedYears) {
        var demand = new HashMap<String, Map<String, Integer>>();
        neo4j.query("""
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
                          WHERE s.year IN $erasedYears
                          WITH d.code AS code, sum(b.helpQuestions) AS n
                          RETURN collect({code: code, n: n}) AS erased
                        }
                        RETURN k.id AS kernId, questions, erased""".formatted(STATISTICS_CONSENT))
                .bindAll(Map.of("municipalityId", municipalityId, "from", from.toInstant().toEpochMilli(),
                        "until", until.toInstant().toEpochMilli(), "erasedYears", erasedYears, "today", today.date()))
                .fetch().all().stream()
                .map(Row::new)
                .forEach(r -> {
                    var counts = counts(r.rows("questions"));
                    counts(r.rows("erased")).forEach((code, n) -> counts.merge(code, n, Integer::sum));
                    demand.put(r.string("kernId"), counts);
                });
        return neo4j.query("""
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
                        RETURN k.id AS kernId, k.name AS name, k.latitude AS latitude, k.longitude AS longitude, resources, professionals
                        ORDER BY name, kernId""")
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream()
                .map(Row::new)
                .map(r -> new KernNumbers(r.string("kernId"), r.string("name"), r.decimal("latitude"), r.decimal("longitude"),
                        demand.getOrDefault(r.string("kernId"), Map.of()), counts(r.rows("resources")),
                        counts(r.rows("professionals"))))
                .toList();
    }

    /** What could fill a gap in each life domain: resource kinds in use for it, most common first, and its expertises. */
    Map<String, Suggestions> suggestions(List<String> lifeDomains) {
        var result = new HashMap<String, Suggestions>();
        neo4j.query("""
                        UNWIND $codes AS code
                        MATCH (d:LifeDomain {code: code})
                        CALL (d) {
                          MATCH (r:CommunityResource {status: 'ACTIVE'})
                          WHERE EXISTS { (r)-[:ADDRESSES]->(d) } OR EXISTS { (r)-[:ADDRESSES]->(:Expertise)-[:IN_DOMAIN]->(d) }
                          WITH r.kind AS kind, count(*) AS n ORDER BY n DESC, kind
                          RETURN collect(kind) AS kinds
                        }
                        RETURN code, kinds,
                               COLLECT { MATCH (e:Expertise)-[:IN_DOMAIN]->(d) RETURN e {.*} AS e ORDER BY e.name } AS expertises""")
                .bind(lifeDomains).to("codes")
                .fetch().all().stream()
                .map(Row::new)
                .forEach(r -> result.put(r.string("code"), new Suggestions(r.strings("kinds"),
                        r.rows("expertises").stream().map(e -> new Expertise(e.string("id"), e.string("name"),
                                e.string("description"), e.dateTime("createdAt"), e.dateTime("updatedAt"))).toList())));
        return result;
    }

    record Suggestions(List<String> resourceKinds, List<Expertise> expertises) {
    }

    /** What the flow statistics are computed from: question and match timelines and ZRM changes. */
    record FlowNumbers(List<QuestionTimes> questions, List<MatchTimes> matches, List<ZrmNumbers> zrmChanges) {
    }

    /**
     * In one statement, so the consenting families are found once:
     * <ul>
     * <li>the help questions of consenting families of the municipality that were raised before {@code until} and were
     * still open at {@code from}: when each was raised, closed, first confirmed and first started;</li>
     * <li>the matches for their questions that were confirmed or closed in [from, until);</li>
     * <li>per life domain, over the subjects (a member, or the family as a whole) assessed at least twice in
     * [fromDay, toDay]: latest minus first score. Ties on a date are ordered by when they were recorded.</li>
     * </ul>
     * Each question is visited once for both its timeline and its matches.
     */
    FlowNumbers flow(String municipalityId, ZonedDateTime from, ZonedDateTime until, LocalDate fromDay, LocalDate toDay) {
        var row = neo4j.query("""
                        %s
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
                        RETURN questions, matches, zrmChanges""".formatted(CONSENTING_FAMILIES))
                .bindAll(Map.of("municipalityId", municipalityId, "from", from.toInstant().toEpochMilli(),
                        "until", until.toInstant().toEpochMilli(), "fromDate", fromDay, "toDate", toDay,
                        "today", today.date()))
                .fetch().one().map(Row::new).orElseThrow();
        return new FlowNumbers(
                row.rows("questions").stream()
                        .map(r -> new QuestionTimes(r.dateTime("createdAt"), r.dateTime("closedAt"),
                                r.dateTime("firstConfirmedAt"), r.dateTime("firstStartedAt")))
                        .toList(),
                matchesPerQuestion(row).stream()
                        .map(r -> new MatchTimes(r.string("ladderStep"), r.dateTime("confirmedAt"), r.dateTime("closedAt"),
                                r.string("outcome")))
                        .toList(),
                row.rows("zrmChanges").stream()
                        .map(r -> new ZrmNumbers(r.string("lifeDomain"), r.integer("subjects"), r.decimal("averageChange"),
                                r.integer("improved"), r.integer("unchanged"), r.integer("worsened")))
                        .toList());
    }

    /** What erased families of the municipality's kernen left behind in the given years. */
    Erased erased(String municipalityId, List<Integer> years) {
        return neo4j.query("""
                        MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})<-[:PART_OF]-(k:Area {kind: 'KERN'})
                        OPTIONAL MATCH (s:AnonymousStatistics {areaId: k.id}) WHERE s.year IN $years
                        RETURN coalesce(sum(s.helpQuestions), 0) AS helpQuestions, coalesce(sum(s.erasedFamilies), 0) AS families""")
                .bindAll(Map.of("municipalityId", municipalityId, "years", years))
                .fetch().one().map(Row::new)
                .map(r -> new Erased(r.integer("helpQuestions"), r.integer("families")))
                .orElse(new Erased(0, 0));
    }

    /**
     * The community resources located in or serving an area of the municipality, with the centre of the area they
     * are located in (of its kern when the area has none) and the life domains they address.
     */
    List<Row> resources(String municipalityId) {
        return neo4j.query("""
                        MATCH (m:Area {id: $municipalityId, kind: 'MUNICIPALITY'})
                        MATCH (a:Area)-[:PART_OF*0..2]->(m)
                        MATCH (r:CommunityResource)-[:LOCATED_IN|SERVES]->(a)
                        WITH DISTINCT r
                        OPTIONAL MATCH (r)-[:LOCATED_IN]->(l:Area)
                        WITH r, l, [(l)-[:PART_OF]->(p:Area) | p][0] AS parent
                        RETURN r.id AS id, r.name AS name, r.kind AS kind, r.status AS status, l.name AS location,
                               coalesce(l.latitude, parent.latitude) AS latitude,
                               coalesce(l.longitude, parent.longitude) AS longitude,
                               [(r)-[:ADDRESSES]->(d:LifeDomain) | d.code]
                               + [(r)-[:ADDRESSES]->(:Expertise)-[:IN_DOMAIN]->(d:LifeDomain) | d.code] AS lifeDomains
                        ORDER BY name, id""")
                .bind(municipalityId).to("municipalityId")
                .fetch().all().stream()
                .map(Row::new)
                .toList();
    }

    /** The matches come as one list per question. */
    @SuppressWarnings("unchecked")
    private static List<Row> matchesPerQuestion(Row row) {
        return ((List<List<Object>>) row.values().get("matches")).stream().flatMap(List::stream).map(Row::of).toList();
    }

    private static Map<String, Integer> counts(List<Row> rows) {
        var result = new HashMap<String, Integer>();
        rows.stream().filter(r -> r.string("code") != null).forEach(r -> result.put(r.string("code"), r.integer("n")));
        return result;
    }
}
