package nl.netwerkkaart.bench.generate;

/**
 * The generator's Cypher. Every statement takes its rows as {@code $rows}; nodes are created with their whole
 * property map, and looked up by id with their label so the uniqueness constraints' indexes serve every lookup.
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

    static final String FAMILIES = """
            UNWIND $rows AS row
            MATCH (area:Area {id: row.areaId})
            MATCH (coach:Professional {id: row.coachId})
            CREATE (f:Family)-[:LIVES_IN]->(area)
            SET f = row.props
            CREATE (f)-[:COACHED_BY]->(coach)
            WITH f, row
            CALL (f, row) {
              UNWIND row.members AS m
              CREATE (p:Person)-[:MEMBER_OF {role: m.role, authority: m.authority}]->(f)
              SET p = m.props, p.createdAt = f.createdAt, p.updatedAt = f.createdAt
              RETURN collect(p) AS members
            }
            CALL (f, row) {
              UNWIND row.network AS n
              CREATE (p:Person)-[i:IN_NETWORK_OF]->(f)
              SET p = n.props, i = n.rel
              WITH p, n
              OPTIONAL MATCH (a:Area {id: n.areaId})
              FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | CREATE (p)-[:LIVES_IN]->(x))
              RETURN collect(p) AS network
            }
            WITH f, row, members, members + network AS persons
            CALL (f, row, persons) {
              UNWIND row.ties AS t
              WITH f, t, persons[t.from] AS a, persons[t.to] AS b
              CREATE (tie:NetworkTie)-[:OF_FAMILY]->(f)
              SET tie = t.props
              CREATE (tie)-[:FROM]->(a), (tie)-[:TO]->(b)
              WITH tie, t
              UNWIND t.versions AS v
              CREATE (version:NetworkTieVersion)-[:VERSION_OF]->(tie)
              SET version = v
            }
            CALL (row, persons) {
              UNWIND row.uses AS u
              MATCH (r:CommunityResource {id: u.resourceId})
              WITH persons[u.person] AS p, r, u
              CREATE (p)-[x:USES]->(r)
              SET x = u.props
            }
            CALL (f, row, members) {
              UNWIND row.consents AS c
              CREATE (f)-[:HAS_CONSENT]->(consent:Consent)
              SET consent = c.props
              WITH consent, c
              UNWIND c.givers AS giver
              WITH consent, members[giver] AS p
              CREATE (consent)-[:GIVEN_BY]->(p)
            }
            CALL (f, row, members) {
              UNWIND row.questions AS q
              CREATE (f)-[:RAISED]->(h:HelpQuestion)
              SET h = q.props
              WITH h, q
              CALL (h, q) {
                UNWIND q.domains AS code
                MATCH (l:LifeDomain {code: code})
                CREATE (h)-[:CONCERNS]->(l)
              }
              WITH h, q
              WHERE q.about IS NOT NULL
              WITH h, members[q.about] AS p
              CREATE (h)-[:ABOUT]->(p)
            }""";

    /** Matches with a helper of one label; the label is fixed per statement so the lookup uses its id index. */
    static String matches(String helperLabel) {
        if (!helperLabel.matches("Professional|CommunityResource|Person")) {
            throw new IllegalArgumentException(helperLabel);
        }
        return """
                UNWIND $rows AS row
                MATCH (h:HelpQuestion {id: row.questionId})
                MATCH (x:%s {id: row.helperId})
                CREATE (m:Match)-[:FOR_QUESTION]->(h)
                SET m = row.props
                CREATE (m)-[:WITH_HELPER]->(x)""".formatted(helperLabel);
    }

    static final String TENT_SESSIONS = """
            UNWIND $rows AS row
            MATCH (f:Family {id: row.familyId})
            MATCH (coach:Professional {id: row.coachId})
            CREATE (t:TentSession)-[:FOR_FAMILY]->(f)
            SET t = row.props
            CREATE (t)-[:DIRECTED_BY]->(coach)
            WITH t, row
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
            CALL (t, row) {
              UNWIND row.present AS personId
              MATCH (p:Person {id: personId})
              CREATE (p)-[:PRESENT_AT]->(t)
            }""";

    static final String ASSESSMENTS = """
            UNWIND $rows AS row
            MATCH (f:Family {id: row.familyId})
            CREATE (a:Assessment)-[:OF_FAMILY]->(f)
            SET a = row.props
            WITH a, row
            CALL (a, row) {
              MATCH (p:Person {id: row.personId})
              CREATE (a)-[:OF_PERSON]->(p)
            }
            CALL (a, row) {
              UNWIND row.scores AS s
              MATCH (l:LifeDomain {code: s.code})
              CREATE (a)-[:SCORED {score: s.score, ownStrength: s.ownStrength, network: s.network, professional: s.professional}]->(l)
            }""";

    static final String EMPTY = """
            RETURN NOT EXISTS { MATCH (n) WHERE NOT (n:SchemaMigration OR n:LifeDomain OR n:AuditChain) } AS empty""";

    static final String TIE_ENDS = """
            UNWIND $ids AS id
            MATCH (a:Person)<-[:FROM]-(t:NetworkTie {id: id})-[:TO]->(b:Person)
            RETURN t.id AS id, a.id AS fromId, b.id AS toId""";

    private Statements() {
    }
}
