package nl.netwerkkaart.network;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkPrivacyTest extends NetworkTestSupport {

    @Test
    void the_export_holds_the_network_persons_tie_versions_and_assessments() {
        var family = createFamily("Gezin Inzage " + tag());
        var mother = addMember(family, "Loes", "PARENT", true);
        var friend = person(family, "Vriendin Tineke", null, daysAgo(30));
        var tieId = tie(family, mother, friend, "FRIEND", 2, List.of(support("EMOTIONAL", "BOTH")), Map.of("validFrom", daysAgo(30)));
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", tieId, "kind", "FRIEND", "ring", 1)).execute();
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(2),
                "scores", List.of(Map.of("lifeDomain", "SOCIAL_NETWORK", "score", 3, "ownStrength", 50, "network", 50, "professional", 0))))
                .execute();

        graphQl.documentName("exportFamily").variable("id", family).execute()
                .path("exportFamily.document.networkPersons").matchesJson("""
                        [{"id": "%s", "givenName": "Vriendin Tineke", "inNetworkFrom": "%s", "inNetworkTo": null}]""".formatted(friend, daysAgo(30)))
                .path("exportFamily.document.networkTies").matchesJson("""
                        [{"id": "%s", "fromPersonId": "%s", "toPersonId": "%s",
                          "versions": [{"ring": 2, "supportEmotional": "BOTH", "validTo": "%s"}, {"ring": 1}]}]"""
                        .formatted(tieId, mother, friend, today()))
                .path("exportFamily.document.assessments[0].scores").matchesJson("""
                        [{"lifeDomain": "SOCIAL_NETWORK", "score": 3, "ownStrength": 50, "network": 50, "professional": 0}]""");
    }

    @Test
    void erasure_removes_the_network_but_keeps_persons_of_another_familys_network() {
        var name = "Gezin Vergeten " + tag();
        var family = createFamily(name);
        var mother = addMember(family, "Marit", "PARENT", true);
        var friend = person(family, "Vriendin Wies");
        tie(family, mother, friend, "FRIEND", 2);
        var otherFamily = createFamily("Gezin Blijft " + tag());
        var shared = person(otherFamily, "Buurvrouw Gedeeld");
        neo4j.query("""
                        MATCH (p:Person {id: $shared}), (f:Family {id: $family})
                        CREATE (p)-[:IN_NETWORK_OF {validFrom: date(), createdAt: datetime(), updatedAt: datetime()}]->(f)""")
                .bindAll(Map.of("shared", shared, "family", family)).run();
        tie(family, mother, shared, "NEIGHBOUR", 3);
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1),
                "scores", List.of(Map.of("lifeDomain", "HOUSING", "score", 4, "ownStrength", 100, "network", 0, "professional", 0))))
                .execute();

        graphQl.documentName("eraseFamily").variable("input", Map.of("familyId", family, "confirmName", name)).execute()
                .path("eraseFamily.erasedPersons").entity(Integer.class).isEqualTo(2);

        assertThat(neo4j.query("""
                        RETURN COUNT { MATCH (p:Person) WHERE p.id IN [$mother, $friend] } AS erased,
                               COUNT { MATCH (:Person {id: $shared})-[:IN_NETWORK_OF]->(:Family) } AS sharedMemberships,
                               COUNT { MATCH (t:NetworkTie) WHERE NOT (t)-[:OF_FAMILY]->(:Family) } AS orphanTies,
                               COUNT { MATCH (v:NetworkTieVersion) WHERE NOT (v)-[:VERSION_OF]->(:NetworkTie) } AS orphanVersions,
                               COUNT { MATCH (a:Assessment) WHERE NOT (a)-[:OF_FAMILY]->(:Family) } AS orphanAssessments""")
                .bindAll(Map.of("mother", mother, "friend", friend, "shared", shared)).fetch().one().orElseThrow())
                .containsEntry("erased", 0L).containsEntry("sharedMemberships", 1L).containsEntry("orphanTies", 0L)
                .containsEntry("orphanVersions", 0L).containsEntry("orphanAssessments", 0L);
    }

    @Test
    void deleting_a_family_deletes_its_network_map_and_assessments() {
        var family = createFamily("Gezin Weg " + tag());
        var mother = addMember(family, "Joke", "PARENT", true);
        tie(family, mother, person(family, "Vriend Teun"), "FRIEND", 2);
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1),
                "scores", List.of(Map.of("lifeDomain", "HOUSING", "score", 4, "ownStrength", 100, "network", 0, "professional", 0))))
                .execute();
        var before = graphSize();

        graphQl.documentName("deleteFamily").variable("id", family).execute()
                .path("deleteFamily.deletedId").entity(String.class).isEqualTo(family);

        // nodes: family, mother, friend, tie, its version, assessment; relationships: LIVES_IN, COACHED_BY, MEMBER_OF,
        // IN_NETWORK_OF, OF_FAMILY, FROM, TO, VERSION_OF, the assessment's OF_FAMILY and SCORED
        assertThat(before - graphSize()).isEqualTo(6 + 10);
    }
}
