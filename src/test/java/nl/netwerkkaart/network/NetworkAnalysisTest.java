package nl.netwerkkaart.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class NetworkAnalysisTest extends NetworkTestSupport {

    @Test
    void a_neighbour_giving_practical_support_ranks_above_a_distant_acquaintance_for_a_practical_question() {
        var kern = area("Kern " + tag(), "KERN");
        var family = createFamily("Gezin Rangorde " + tag(), kern, coach);
        var mother = addMember(family, "Petra", "PARENT", true);
        var acquaintance = person(family, "Kennis Joost", area("Verre kern " + tag(), "KERN"), null);
        var neighbour = person(family, "Buurman Harrie", wijkOf("Wijk " + tag(), kern), null);
        tie(family, mother, acquaintance, "CLUB", 3);
        tie(family, mother, neighbour, "NEIGHBOUR", 3, List.of(support("PRACTICAL", "RECEIVES")), Map.of());
        var question = createQuestion(family, "Hulp bij boodschappen en klusjes.", List.of("INSTRUMENTAL_ADL"));

        graphQl.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor[*].person.givenName").entityList(String.class).containsExactly("Buurman Harrie", "Kennis Joost")
                .path("networkSupportFor[0]").matchesJson("""
                        {"score": 6, "ring": 3, "kind": "NEIGHBOUR", "givesSupport": ["PRACTICAL"],
                         "reasons": [{"text": "geeft al praktische steun, waar de vraag om vraagt ('boodschappen')", "points": 3, "minus": false},
                                     {"text": "is een bekende van het gezin", "points": 1, "minus": false},
                                     {"text": "woont in dezelfde kern", "points": 2, "minus": false}]}""")
                .path("networkSupportFor[1]").matchesJson("""
                        {"score": 1, "reasons": [{"text": "is een bekende van het gezin", "points": 1, "minus": false}]}""");
    }

    @Test
    void a_stressful_tie_is_marked_as_a_minus_and_broken_ties_and_professionals_are_left_out() {
        var family = createFamily("Gezin Belast " + tag());
        var father = addMember(family, "Wim", "PARENT", true);
        var aunt = person(family, "Tante Door");
        var brother = person(family, "Broer Sjaak");
        var social = person(family, "Maatschappelijk werker Els");
        tie(family, father, aunt, "FAMILY", 1, List.of(support("CHILDCARE", "RECEIVES")), Map.of("quality", "STRESSFUL"));
        tie(family, father, brother, "FAMILY", 1, List.of(support("CHILDCARE", "RECEIVES")), Map.of("quality", "BROKEN"));
        tie(family, father, social, "PROFESSIONAL", 4, List.of(support("ADVICE", "RECEIVES")), Map.of());
        var question = createQuestion(family, "Wie kan er oppassen als ik moet werken?", List.of("PARENTING"));

        graphQl.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor").matchesJson("""
                        [{"person": {"givenName": "Tante Door"}, "score": 3,
                          "reasons": [{"text": "past al op de kinderen of geeft respijt, waar de vraag om vraagt ('oppassen')", "points": 3, "minus": false},
                                      {"text": "hoort bij de intimi van het gezin", "points": 3, "minus": false},
                                      {"text": "relatie is belastend", "points": -3, "minus": true}]}]""")
                .path("networkSupportFor[*].person.givenName").entityList(String.class).containsExactly("Tante Door");
    }

    @Test
    void a_single_source_of_childcare_is_a_single_point_of_failure() {
        var family = createFamily("Gezin Kwetsbaar " + tag());
        var mother = addMember(family, "Anke", "PARENT", true);
        var grandmother = person(family, "Oma Bets");
        var friendOne = person(family, "Vriendin Ans");
        var friendTwo = person(family, "Vriendin Els");
        tie(family, grandmother, mother, "FAMILY", 1, List.of(support("CHILDCARE", "GIVES")), Map.of());
        tie(family, mother, friendOne, "FRIEND", 2, List.of(support("EMOTIONAL", "RECEIVES")), Map.of());
        tie(family, mother, friendTwo, "FRIEND", 2, List.of(support("EMOTIONAL", "BOTH")), Map.of());

        graphQl.documentName("networkSummary").variable("familyId", family).execute()
                .path("networkSummary.singlePointsOfFailure").matchesJson("""
                        [{"type": "CHILDCARE", "person": {"id": "%s"}}]""".formatted(grandmother))
                .path("networkSummary.singlePointsOfFailure").entityList(Object.class).hasSize(1)
                .path("networkSummary.supportGivers[?(@.type == 'EMOTIONAL')].givers[*].givenName").entityList(String.class)
                .containsExactly("Vriendin Ans", "Vriendin Els");
    }

    @Test
    void the_summary_counts_rings_kinds_density_reciprocity_stress_isolated_children_and_brokers() {
        var family = createFamily("Gezin Cijfers " + tag());
        var mother = addMember(family, "Mirjam", "PARENT", true);
        var child = addMember(Map.of("familyId", family, "givenName", "Tijn", "role", "CHILD", "birthDate", today().minusYears(8).toString()));
        var grandmother = person(family, "Oma Gerda");
        var friend = person(family, "Vriendin Bo");
        var neighbour = person(family, "Buurman Cor");
        var partner = person(family, "Partner Dirk");
        tie(family, mother, grandmother, "FAMILY", 1, List.of(support("CHILDCARE", "RECEIVES"), support("EMOTIONAL", "BOTH")), Map.of());
        tie(family, mother, friend, "FRIEND", 2, List.of(support("EMOTIONAL", "BOTH")), Map.of());
        var stressful = tie(family, neighbour, mother, "NEIGHBOUR", 3, List.of(support("PRACTICAL", "GIVES")), Map.of("quality", "STRESSFUL"));
        tie(family, friend, partner, "FRIEND", 2);
        tie(family, child, grandmother, "FAMILY", 3);

        var summary = graphQl.documentName("networkSummary").variable("familyId", family).execute();
        summary.path("networkSummary").matchesJson("""
                        {"personCount": 6, "householdCount": 2, "tieCount": 5,
                         "personsPerRing": [{"ring": 1, "count": 1}, {"ring": 2, "count": 2}, {"ring": 3, "count": 1}],
                         "personsPerKind": [{"kind": "FAMILY", "count": 1}, {"kind": "FRIEND", "count": 2}, {"kind": "NEIGHBOUR", "count": 1}],
                         "stressfulTies": [{"id": "%s"}], "brokenTies": [],
                         "childrenWithoutCloseAdult": [{"id": "%s"}],
                         "singlePointsOfFailure": [{"type": "PRACTICAL", "person": {"id": "%s"}}, {"type": "CHILDCARE", "person": {"id": "%s"}}]}"""
                        .formatted(stressful, child, neighbour, grandmother))
                .path("networkSummary.density").entity(Double.class).satisfies(d -> assertThat(d).isCloseTo(1 / 3.0, within(1e-9)))
                .path("networkSummary.reciprocityShare").entity(Double.class).satisfies(r -> assertThat(r).isCloseTo(2 / 3.0, within(1e-9)))
                .path("networkSummary.brokers[*].person.givenName").entityList(String.class).containsExactly("Mirjam", "Oma Gerda", "Vriendin Bo")
                .path("networkSummary.brokers[*].betweenness").entityList(Double.class).containsExactly(8.0, 4.0, 4.0)
                .path("networkSummary.brokers[0].normalizedBetweenness").entity(Double.class).isEqualTo(0.8)
                .path("networkSummary.supportGivers[*].type").entityList(String.class)
                .containsExactly("EMOTIONAL", "PRACTICAL", "INFORMATIONAL", "ADVICE", "CHILDCARE", "FINANCIAL");

        // a close tie to an adult outside the household takes the child off the list
        tie(family, child, friend, "FRIEND", 2);
        graphQl.documentName("networkSummary").variable("familyId", family).execute()
                .path("networkSummary.childrenWithoutCloseAdult").entityList(Object.class).hasSize(0);
    }

    @Test
    void the_map_of_60_persons_and_150_ties_takes_as_many_statements_as_a_map_of_two() {
        var small = createFamily("Gezin Klein " + tag());
        var smallParent = addMember(small, "Klein", "PARENT", true);
        tie(small, smallParent, person(small, "Enige vriend"), "FRIEND", 2);
        var large = createFamily("Gezin Groot " + tag());
        addMember(large, "Groot", "PARENT", true);
        addMember(large, "Kind", "CHILD", false);
        // 58 network persons and 150 ties in one go; the map is read through the API
        neo4j.query("""
                        MATCH (f:Family {id: $familyId})
                        UNWIND range(1, 58) AS i
                        CREATE (p:Person {id: randomUUID(), givenName: 'Netwerk ' + i, languages: [], createdAt: datetime(), updatedAt: datetime()})
                        CREATE (p)-[:IN_NETWORK_OF {validFrom: date() - duration('P30D'), createdAt: datetime(), updatedAt: datetime()}]->(f)
                        WITH f
                        MATCH (p:Person) WHERE EXISTS { (p)-[:MEMBER_OF|IN_NETWORK_OF]->(f) }
                        WITH f, collect(p) AS persons
                        UNWIND range(0, 149) AS i
                        WITH f, persons, i, persons[i % 60] AS a, persons[(i * 7 + 1 + i / 60) % 60] AS b
                        WHERE a <> b
                        CREATE (t:NetworkTie {id: randomUUID(), createdAt: datetime(), updatedAt: datetime()})
                        CREATE (t)-[:OF_FAMILY]->(f), (t)-[:FROM]->(a), (t)-[:TO]->(b)
                        CREATE (:NetworkTieVersion {id: randomUUID(), validFrom: date() - duration('P10D'), kind: 'FRIEND', ring: 1 + i % 4,
                                                    quality: 'POSITIVE', supportEmotional: 'BOTH', createdAt: datetime(), updatedAt: datetime()})-[:VERSION_OF]->(t)""")
                .bind(large).to("familyId").run();

        statements.reset();
        graphQl.documentName("familyNetwork").variable("familyId", small).execute()
                .path("familyNetwork.nodes").entityList(Object.class).hasSize(2);
        var forTwo = statements.count();
        statements.reset();
        graphQl.documentName("familyNetwork").variable("familyId", large).execute()
                .path("familyNetwork.nodes").entityList(Object.class).hasSize(60)
                .path("familyNetwork.edges").entityList(Object.class).satisfies(edges -> assertThat(edges).hasSizeGreaterThan(140));
        // access check, audit event and one statement for the whole map
        assertThat(statements.count()).isEqualTo(forTwo).isLessThanOrEqualTo(4);
    }
}
