package nl.netwerkkaart.bench.generate;

import nl.netwerkkaart.graph.SchemaMigrations;

/**
 * The generator's Cypher. Every statement takes its rows as {@code $rows}; nodes are created with their whole
 * property map, and looked up by id with their label so the uniqueness constraints' indexes serve every lookup, except
 * persons, whose index is built after the families are loaded ({@link DeferredIndexes}): they are found from their family.
 * Within a family, persons are created in order and referred to by their position, so ties, uses, consents and
 * questions need no lookup at all.
 */
final class Statements {

    static final String MUNICIPALITIES = """
            UNWIND $rows AS row
            CREATE (a:Area)
            SET a = row.props, a.createdAt = datetime(), a.updatedAt = datetime()""";

    static final String AREA_PARTS = """
            UNWIND $rows AS row
            MATCH (parent:Area {id: row.parentId})
            CREATE (a:Area)-[:PART_OF]->(parent)
            SET a = row.props, a.createdAt = datetime(), a.updatedAt = datetime()""";

    static final String ORGANISATIONS = """
            UNWIND $rows AS row
            MATCH (area:Area {id: row.basedIn})
            CREATE (o:Organisation)-[:BASED_IN]->(area)
            SET o = row.props, o.createdAt = datetime(), o.updatedAt = datetime()""";

    static final String TAXONOMY = """
            MATCH (e:Expertise)
            RETURN e.id AS id, e.name AS name, COLLECT { MATCH (e)-[:IN_DOMAIN]->(l:LifeDomain) RETURN l.code } AS domains
            ORDER BY e.name""";

    static final String PROFESSIONALS = """
            UNWIND $rows AS row
            MATCH (o:Organisation {id: row.organisationId})
            CREATE (p:Professional)-[:WORKS_FOR]->(o)
            SET p = row.props
            WITH p, row
            CALL (p, row) {
              UNWIND row.expertise AS x
              MATCH (e:Expertise {id: x.id})
              CREATE (p)-[:HAS_EXPERTISE {level: x.level}]->(e)
            }
            CALL (p, row) {
              UNWIND row.serves AS areaId
              MATCH (a:Area {id: areaId})
              CREATE (p)-[:SERVES]->(a)
            }""";

    static final String RESOURCES = """
            UNWIND $rows AS row
            MATCH (location:Area {id: row.locatedIn})
            CREATE (r:CommunityResource)-[:LOCATED_IN]->(location)
            SET r = row.props
            CREATE (r)-[:HAS_CHANGE]->(c:ResourceChange)
            SET c = row.change
            WITH r, row
            CALL (r, row) {
              UNWIND row.serves AS areaId
              MATCH (a:Area {id: areaId})
              CREATE (r)-[:SERVES]->(a)
            }
            CALL (r, row) {
              UNWIND row.expertiseIds AS expertiseId
              MATCH (e:Expertise {id: expertiseId})
              CREATE (r)-[:ADDRESSES]->(e)
            }
            CALL (r, row) {
              UNWIND row.domainCodes AS code
              MATCH (l:LifeDomain {code: code})
              CREATE (r)-[:ADDRESSES]->(l)
            }
            CALL (r, row) {
              MATCH (o:Organisation {id: row.offeredBy})
              CREATE (r)-[:OFFERED_BY]->(o)
            }""";

    /**
     * One batch of families with everything hanging off them. The batch's areas and coaches ({@code $areaIds},
     * {@code $coachIds}) and the life domains ({@code $domainCodes}) are looked up once and referred to by position.
     * Properties are spelled out rather than set from a map, which spares a property-name lookup per value and lets
     * the planner see that nothing written is read again.
     */
    static final String FAMILIES = """
            CALL () {
              UNWIND $areaIds AS id
              MATCH (a:Area {id: id})
              RETURN collect(a) AS areas
            }
            CALL () {
              UNWIND $coachIds AS id
              MATCH (p:Professional {id: id})
              RETURN collect(p) AS coaches
            }
            CALL () {
              UNWIND $domainCodes AS code
              MATCH (l:LifeDomain {code: code})
              RETURN collect(l) AS domains
            }
            UNWIND $rows AS row
            WITH areas, domains, row, areas[row.area] AS area, coaches[row.coach] AS coach, row.props AS x
            CREATE (f:Family {id: x.id, name: x.name, reference: x.reference, createdAt: x.createdAt, updatedAt: x.updatedAt})
            CREATE (f)-[:LIVES_IN]->(area), (f)-[:COACHED_BY]->(coach)
            WITH f, row, areas, domains
            CALL (f, row) {
              UNWIND row.members AS m
              WITH f, m, m.props AS x
              CREATE (p:Person {id: x.id, givenName: x.givenName, familyName: x.familyName, birthDate: x.birthDate,
                                languages: x.languages, createdAt: f.createdAt, updatedAt: f.createdAt})
              CREATE (p)-[:MEMBER_OF {role: m.role, authority: m.authority}]->(f)
              RETURN collect(p) AS members
            }
            CALL (f, row, areas) {
              UNWIND row.network AS n
              WITH f, n, n.props AS x, n.rel AS r, areas
              CREATE (p:Person {id: x.id, givenName: x.givenName, familyName: x.familyName, birthDate: x.birthDate,
                                languages: x.languages, createdAt: x.createdAt, updatedAt: x.updatedAt})
              CREATE (p)-[:IN_NETWORK_OF {validFrom: r.validFrom, validTo: r.validTo, createdAt: r.createdAt, updatedAt: r.updatedAt}]->(f)
              FOREACH (a IN CASE WHEN n.area IS NULL THEN [] ELSE [areas[n.area]] END | CREATE (p)-[:LIVES_IN]->(a))
              RETURN collect(p) AS network
            }
            WITH f, row, domains, members, members + network AS persons
            CALL (f, row, persons) {
              UNWIND row.ties AS t
              WITH f, t, t.props AS x, persons[t.from] AS a, persons[t.to] AS b
              CREATE (tie:NetworkTie {id: x.id, createdAt: x.createdAt, updatedAt: x.updatedAt,
                                      pairKey: CASE WHEN any(v IN t.versions WHERE v.validTo IS NULL)
                                               THEN f.id + ':' + CASE WHEN a.id < b.id THEN a.id + ':' + b.id ELSE b.id + ':' + a.id END
                                               END})
              CREATE (tie)-[:OF_FAMILY]->(f), (tie)-[:FROM]->(a), (tie)-[:TO]->(b)
              WITH tie, t
              UNWIND t.versions AS v
              CREATE (:NetworkTieVersion {id: v.id, validFrom: v.validFrom, validTo: v.validTo, kind: v.kind, ring: v.ring,
                                          quality: v.quality, frequency: v.frequency, knownSince: v.knownSince, note: v.note,
                                          endReason: v.endReason, createdAt: v.createdAt, updatedAt: v.updatedAt, currentOf: v.currentOf,
                                          supportEmotional: v.supportEmotional, supportPractical: v.supportPractical,
                                          supportInformational: v.supportInformational, supportAdvice: v.supportAdvice,
                                          supportChildcare: v.supportChildcare, supportFinancial: v.supportFinancial})
                     -[:VERSION_OF]->(tie)
            }
            CALL (row, persons) {
              UNWIND row.uses AS u
              MATCH (r:CommunityResource {id: u.resourceId})
              WITH persons[u.person] AS p, r, u.props AS x
              CREATE (p)-[:USES {validFrom: x.validFrom, validTo: x.validTo, familyId: x.familyId, createdAt: x.createdAt,
                                 updatedAt: x.updatedAt,
                                 openKey: CASE WHEN x.validTo IS NULL THEN p.id + ':' + r.id END}]->(r)
            }
            CALL (f, row, members) {
              UNWIND row.consents AS c
              WITH f, c, c.props AS x, members
              CREATE (consent:Consent {id: x.id, scopes: x.scopes, givenAt: x.givenAt, validUntil: x.validUntil,
                                       revokedAt: x.revokedAt, revocationReason: x.revocationReason, note: x.note,
                                       createdAt: x.createdAt, updatedAt: x.updatedAt})
              CREATE (f)-[:HAS_CONSENT]->(consent)
              WITH consent, c, members
              UNWIND c.givers AS giver
              WITH consent, members[giver] AS p
              CREATE (consent)-[:GIVEN_BY]->(p)
            }
            CALL (f, row, members, domains) {
              UNWIND row.questions AS q
              WITH f, q, q.props AS x, members, domains
              CREATE (h:HelpQuestion {id: x.id, text: x.text, urgency: x.urgency, status: x.status, closedAt: x.closedAt,
                                      createdAt: x.createdAt, updatedAt: x.updatedAt})
              CREATE (f)-[:RAISED]->(h)
              FOREACH (l IN [d IN q.domains | domains[d]] | CREATE (h)-[:CONCERNS]->(l))
              FOREACH (p IN CASE WHEN q.about IS NULL THEN [] ELSE [members[q.about]] END | CREATE (h)-[:ABOUT]->(p))
            }""";

    /**
     * Matches with a helper of one label; the label is fixed per statement so the lookup uses its id index. A person
     * helper is found through the question's family, because persons have no index while families load.
     */
    static String matches(String helperLabel) {
        var helper = switch (helperLabel) {
            case "Professional", "CommunityResource" -> "MATCH (x:%s {id: row.helperId})".formatted(helperLabel);
            case "Person" -> "MATCH (h)<-[:RAISED]-(:Family)<-[:IN_NETWORK_OF]-(x:Person {id: row.helperId})";
            default -> throw new IllegalArgumentException(helperLabel);
        };
        return """
                UNWIND $rows AS row
                MATCH (h:HelpQuestion {id: row.questionId})
                %s
                CREATE (m:Match)-[:FOR_QUESTION]->(h)
                SET m = row.props
                CREATE (m)-[:WITH_HELPER]->(x)""".formatted(helper);
    }

    static final String TENT_SESSIONS = """
            UNWIND $rows AS row
            MATCH (f:Family {id: row.familyId})
            MATCH (coach:Professional {id: row.coachId})
            CREATE (t:TentSession)-[:FOR_FAMILY]->(f)
            SET t = row.props
            CREATE (t)-[:DIRECTED_BY]->(coach)
            WITH t, f, row
            CALL (t, row) {
              UNWIND row.questionIds AS questionId
              MATCH (h:HelpQuestion {id: questionId})
              CREATE (t)-[:DISCUSSES]->(h)
            }
            CALL (t, row) {
              UNWIND row.participants AS participant
              MATCH (p:Professional {id: participant.id})
              CREATE (p)-[r:PARTICIPATES_IN]->(t)
              SET r = participant.props
            }
            CALL (t, f, row) {
              UNWIND row.present AS personId
              MATCH (f)<-[:MEMBER_OF]-(p:Person {id: personId})
              CREATE (p)-[:PRESENT_AT]->(t)
            }""";

    static final String ASSESSMENTS = """
            UNWIND $rows AS row
            MATCH (f:Family {id: row.familyId})
            CREATE (a:Assessment)-[:OF_FAMILY]->(f)
            SET a = row.props
            WITH a, f, row
            CALL (a, f, row) {
              MATCH (f)<-[:MEMBER_OF]-(p:Person {id: row.personId})
              CREATE (a)-[:OF_PERSON]->(p)
            }
            CALL (a, row) {
              UNWIND row.scores AS s
              MATCH (l:LifeDomain {code: s.code})
              CREATE (a)-[:SCORED {score: s.score, ownStrength: s.ownStrength, network: s.network, professional: s.professional}]->(l)
            }""";

    static final String EMPTY = SchemaMigrations.HOLDS_NO_DATA;

    static final String TIE_ENDS = """
            UNWIND $ids AS id
            MATCH (a:Person)<-[:FROM]-(t:NetworkTie {id: id})-[:TO]->(b:Person)
            RETURN t.id AS id, a.id AS fromId, b.id AS toId""";

    static final String FAMILY_LINKS = """
            UNWIND $ids AS id
            CALL (id) {
              MATCH (a:Area)<-[:LIVES_IN]-(:Family {id: id})-[:COACHED_BY]->(p:Professional)
              RETURN [a.id, p.id] AS links
              UNION
              MATCH (:HelpQuestion {id: id})-[:CONCERNS]->(l:LifeDomain)
              WITH l.code AS code ORDER BY code
              RETURN collect(code) AS links
            }
            WITH id, links WHERE size(links) > 0
            RETURN id, links""";

    private Statements() {
    }
}
