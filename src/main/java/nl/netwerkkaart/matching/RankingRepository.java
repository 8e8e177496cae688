package nl.netwerkkaart.matching;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import nl.netwerkkaart.graph.Row;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

@Repository
class RankingRepository {

    // Who the family may not be matched to, computed once per request: its own coach (the process director) and the
    // helpers it declined before. Tested by list membership instead of a path expansion per candidate, because popular
    // professionals have thousands of matches.
    private static final String EXCLUDED = """
            COLLECT { MATCH (f)-[:COACHED_BY]->(c) RETURN c }
              + COLLECT { MATCH (f)-[:RAISED]->(:HelpQuestion)<-[:FOR_QUESTION]-(d:Match)-[:WITH_HELPER]->(p)
                          WHERE d.status = 'CLOSED' AND d.outcome IN ['NO_CLICK', 'NOT_SUITABLE'] RETURN p }""";

    // Who can be matched at all: professionals serving one of the areas of the family's municipality (areas) who hold
    // one of the question's related terms (terms: {expertise, ...}), not excluded. Both sides are read from the few
    // areas and terms and grouped by professional, a hash join, so no professional's own relationships are expanded
    // (they are dense): one row per candidate with the areas they serve (served) and the terms they hold (held).
    private static final String CANDIDATES = """
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
            }""";

    private final Neo4jClient neo4j;

    RankingRepository(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /**
     * The facts the ranking scores for every candidate holding one of the expertise terms {@code termIds} (the terms
     * related to the question's needs) or an expertise in one of the question's life domains, all tiers: {@code held}
     * those of their expertises ({@code id}, {@code name}); {@code covered} the question's life domains their
     * expertises lie in; {@code outcomes} the outcomes of their closed matches on questions sharing a life domain with
     * this one; {@code domains} the question's life domains ({@code code}, {@code name}) in their own order.
     */
    List<Row> candidates(String questionId, Collection<String> termIds) {
        return neo4j.query("""
                        MATCH (f:Family)-[:RAISED]->(h:HelpQuestion {id: $questionId})
                        WITH f, COLLECT { MATCH (h)-[:CONCERNS]->(l:LifeDomain) WITH l ORDER BY l.sortOrder RETURN l } AS concerns,
                             COLLECT { MATCH (person:Person)-[:MEMBER_OF]->(f) UNWIND coalesce(person.languages, []) AS language
                                       RETURN DISTINCT language } AS languages,
                             COLLECT { MATCH path = (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(a:Area)
                                       RETURN {area: a, depth: length(path)} ORDER BY length(path) } AS reach,
                             %s AS excluded
                        WITH languages, reach, excluded, concerns,
                             COLLECT { UNWIND reach AS r WITH r.area AS m WHERE m.kind = 'MUNICIPALITY'
                                       MATCH (a:Area)-[:PART_OF*0..3]->(m) RETURN DISTINCT a } AS areas
                        // every term related to the question's needs or in one of its life domains, once
                        WITH languages, reach, excluded, concerns, areas, COLLECT {
                               MATCH (e:Expertise)
                               WHERE e.id IN $termIds OR EXISTS { MATCH (e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns }
                               RETURN {expertise: e, id: e.id, name: e.name,
                                       covers: [(e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns | l.code]} } AS terms
                        %s
                        WITH languages, reach, concerns, p, served, held,
                             COLLECT { UNWIND held AS term UNWIND term.covers AS code RETURN DISTINCT code } AS covered
                        RETURN p {.*} AS professional, [term IN held | {id: term.id, name: term.name}] AS held,
                               [l IN concerns | l {.code, .name}] AS domains, covered,
                               [r IN reach WHERE r.area IN served | r.area.name][0..1] AS servedAreas,
                               size(languages) AS familyLanguages,
                               [language IN coalesce(p.languages, []) WHERE language IN languages] AS sharedLanguages,
                               COLLECT { MATCH (p)<-[:WITH_HELPER]-(o:Match)-[:FOR_QUESTION]->(:HelpQuestion)-[:CONCERNS]->(l:LifeDomain)
                                         WHERE o.status = 'CLOSED' AND l IN concerns
                                         WITH DISTINCT o RETURN o.outcome } AS outcomes""".formatted(EXCLUDED, CANDIDATES))
                .bind(questionId).to("questionId")
                .bind(termIds).to("termIds")
                .fetch().all().stream().map(Row::new).toList();
    }

    /** The ids of the family's help questions that are not closed. */
    List<String> openQuestions(String familyId) {
        return neo4j.query("MATCH (:Family {id: $familyId})-[:RAISED]->(h:HelpQuestion) WHERE h.status <> 'CLOSED' RETURN h.id ORDER BY h.id")
                .bind(familyId).to("familyId").fetchAs(String.class).all().stream().toList();
    }

    /**
     * The life domains of the family's help questions that are not closed ({@code domains}, in their own order) and
     * every candidate with open places and accepting clients whose expertises lie in one of them or fit one of the
     * questions' needs ({@code fitting} term ids) ({@code candidates}: {@code professional}, {@code covers},
     * {@code held}: the ids of those expertises, {@code local}: serving the area the family lives in).
     */
    Optional<Row> team(String familyId, Collection<String> fitting) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        WITH f, COLLECT { MATCH (f)-[:LIVES_IN]->(:Area)-[:PART_OF*0..3]->(a:Area) RETURN DISTINCT a } AS reach,
                             COLLECT { MATCH (f)-[:RAISED]->(h:HelpQuestion)-[:CONCERNS]->(l:LifeDomain) WHERE h.status <> 'CLOSED'
                                       WITH DISTINCT l ORDER BY l.sortOrder RETURN l } AS concerns,
                             %s AS excluded
                        WHERE any(a IN reach WHERE a.kind = 'MUNICIPALITY')
                        WITH reach, excluded, [l IN concerns | l.code] AS domains,
                             COLLECT { UNWIND reach AS m WITH m WHERE m.kind = 'MUNICIPALITY'
                                       MATCH (a:Area)-[:PART_OF*0..3]->(m) RETURN DISTINCT a } AS areas,
                             COLLECT { MATCH (e:Expertise)
                                       WHERE e.id IN $fitting OR EXISTS { MATCH (e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns }
                                       RETURN {expertise: e, id: e.id,
                                               covers: [(e)-[:IN_DOMAIN]->(l:LifeDomain) WHERE l IN concerns | l.code]} } AS terms
                        RETURN domains, COLLECT {
                          %s
                          WITH reach, domains, p, served, held WHERE coalesce(p.capacity, 0) > 0 AND p.acceptingClients = true
                          RETURN {professional: p {.*}, local: any(a IN reach WHERE a IN served), held: [term IN held | term.id],
                                  covers: [code IN domains WHERE any(term IN held WHERE code IN term.covers)]}
                        } AS candidates""".formatted(EXCLUDED, CANDIDATES))
                .bind(familyId).to("familyId")
                .bind(fitting).to("fitting")
                .fetch().one().map(Row::new);
    }
}
