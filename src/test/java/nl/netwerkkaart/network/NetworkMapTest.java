package nl.netwerkkaart.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkMapTest extends NetworkTestSupport {

    @Test
    void persons_and_ties_are_drawn_on_rings_around_the_household() {
        var kern = area("Kern " + tag(), "KERN");
        var family = createFamily("Gezin Kaart " + tag(), kern, coach);
        var mother = addMember(family, "Ilse", "PARENT", true);
        var child = addMember(family, "Mees", "CHILD", false);
        var neighbour = person(family, "Buurvrouw Toos", kern, null);
        var uncle = person(family, "Oom Frits");
        tie(family, mother, neighbour, "NEIGHBOUR", 2, List.of(support("PRACTICAL", "RECEIVES"), support("EMOTIONAL", "BOTH")),
                Map.of("frequency", "WEEKLY", "knownSince", "2015-05-01", "note", "Haalt Mees uit school"));
        tie(family, uncle, child, "FAMILY", 3);

        graphQl.documentName("familyNetwork").variable("familyId", family).execute()
                .path("familyNetwork.nodes[*].person.givenName").entityList(String.class)
                .containsExactly("Ilse", "Mees", "Buurvrouw Toos", "Oom Frits")
                .path("familyNetwork.nodes").matchesJson("""
                        [{"household": true, "memberRole": "PARENT", "ring": 0, "kind": null},
                         {"household": true, "memberRole": "CHILD", "ring": 0},
                         {"household": false, "ring": 2, "kind": "NEIGHBOUR", "givesSupport": true,
                          "person": {"areaId": "%s", "inNetworkTo": null}},
                         {"household": false, "ring": 3, "kind": "FAMILY", "givesSupport": false}]""".formatted(kern))
                .path("familyNetwork.edges[?(@.toPersonId == '%s')]".formatted(neighbour)).matchesJson("""
                        [{"fromPersonId": "%s", "kind": "NEIGHBOUR", "ring": 2, "quality": "POSITIVE", "frequency": "WEEKLY",
                          "knownSince": "2015-05-01", "note": "Haalt Mees uit school", "validTo": null,
                          "support": [{"type": "EMOTIONAL", "direction": "BOTH"}, {"type": "PRACTICAL", "direction": "RECEIVES"}]}]"""
                        .formatted(mother));
    }

    @Test
    void the_map_as_of_a_past_date_equals_what_was_recorded_then() {
        var family = createFamily("Gezin Geschiedenis " + tag());
        var father = addMember(family, "Ruud", "PARENT", true);
        var friend = person(family, "Vriend Kees", null, daysAgo(100));
        var colleague = person(family, "Collega Anja", null, daysAgo(100));
        var friendTie = tie(family, father, friend, "FRIEND", 2, List.of(support("EMOTIONAL", "BOTH")), Map.of("validFrom", daysAgo(90)));
        var workTie = tie(family, father, colleague, "WORK", 3, List.of(), Map.of("validFrom", daysAgo(80)));
        var then = graphQl.documentName("familyNetwork").variable("familyId", family).variable("asOf", daysAgo(50)).execute();
        var nodesThen = then.path("familyNetwork.nodes[*].id").entityList(String.class).get();
        var versionsThen = then.path("familyNetwork.edges[*].versionId").entityList(String.class).get();

        // later changes, all after the date looked at
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", friendTie, "kind", "FRIEND", "ring", 1,
                        "quality", "STRESSFUL", "validFrom", daysAgo(30))).execute()
                .path("updateNetworkTie.userErrors").entityList(Object.class).hasSize(0);
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", workTie, "validTo", daysAgo(20), "reason", "Andere baan"))
                .execute().path("endNetworkTie.userErrors").entityList(Object.class).hasSize(0);
        var newcomer = person(family, "Nieuwe buur", null, daysAgo(10));
        var newcomerTie = tie(family, father, newcomer, "NEIGHBOUR", 3, List.of(), Map.of("validFrom", daysAgo(10)));

        graphQl.documentName("familyNetwork").variable("familyId", family).variable("asOf", daysAgo(50)).execute()
                .path("familyNetwork.nodes[*].id").entityList(String.class).containsExactly(nodesThen.toArray(String[]::new))
                .path("familyNetwork.edges[*].versionId").entityList(String.class).containsExactly(versionsThen.toArray(String[]::new))
                .path("familyNetwork.edges[?(@.id == '%s')]".formatted(friendTie)).matchesJson("""
                        [{"ring": 2, "quality": "POSITIVE", "validFrom": "%s", "validTo": "%s"}]""".formatted(daysAgo(90), daysAgo(30)));
        graphQl.documentName("familyNetwork").variable("familyId", family).variable("asOf", daysAgo(95)).execute()
                .path("familyNetwork.nodes[*].person.givenName").entityList(String.class).containsExactly("Ruud", "Collega Anja", "Vriend Kees")
                .path("familyNetwork.edges").entityList(Object.class).hasSize(0);
        graphQl.documentName("familyNetwork").variable("familyId", family).execute()
                .path("familyNetwork.edges[*].id").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(friendTie, newcomerTie))
                .path("familyNetwork.nodes[?(@.id == '%s')]".formatted(colleague)).matchesJson("[{\"ring\": null, \"kind\": null}]");
    }

    @Test
    void an_edit_opens_a_new_version_and_the_history_keeps_every_version() {
        var family = createFamily("Gezin Versies " + tag());
        var mother = addMember(family, "Noor", "PARENT", true);
        var sister = person(family, "Zus Fien", null, daysAgo(60));
        var tieId = tie(family, mother, sister, "FAMILY", 2, List.of(support("CHILDCARE", "RECEIVES")),
                Map.of("validFrom", daysAgo(60), "frequency", "WEEKLY"));

        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", tieId, "kind", "FAMILY", "ring", 1,
                        "support", List.of(support("CHILDCARE", "RECEIVES"), support("EMOTIONAL", "BOTH")), "validFrom", daysAgo(20)))
                .execute()
                .path("updateNetworkTie.tie").matchesJson("""
                        {"id": "%s", "ring": 1, "frequency": null, "validFrom": "%s", "validTo": null}""".formatted(tieId, daysAgo(20)));
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId, "reason", "Verhuisd naar Groningen")).execute()
                .path("endNetworkTie.tie").matchesJson("""
                        {"id": "%s", "ring": 1, "validTo": "%s", "endReason": "Verhuisd naar Groningen"}""".formatted(tieId, today()));

        graphQl.documentName("networkTieHistory").variable("tieId", tieId).execute()
                .path("networkTieHistory").matchesJson("""
                        [{"ring": 2, "validFrom": "%s", "validTo": "%s", "endReason": null, "support": [{"type": "CHILDCARE"}]},
                         {"ring": 1, "validFrom": "%s", "validTo": "%s", "endReason": "Verhuisd naar Groningen"}]"""
                        .formatted(daysAgo(60), daysAgo(20), daysAgo(20), today()));
        graphQl.documentName("familyNetwork").variable("familyId", family).execute()
                .path("familyNetwork.edges").entityList(Object.class).hasSize(0);
    }

    @Test
    void network_changes_lists_what_was_added_ended_and_changed_between_two_dates() {
        var family = createFamily("Gezin Veranderingen " + tag());
        var father = addMember(family, "Bart", "PARENT", true);
        var stays = person(family, "Opa Piet", null, daysAgo(100));
        var leaves = person(family, "Trainer Rik", null, daysAgo(100));
        var edited = tie(family, father, stays, "FAMILY", 2, List.of(), Map.of("validFrom", daysAgo(100)));
        var ended = tie(family, father, leaves, "CLUB", 3, List.of(), Map.of("validFrom", daysAgo(100)));
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", edited, "kind", "FAMILY", "ring", 1,
                "quality", "AMBIVALENT", "validFrom", daysAgo(40))).execute();
        graphQl.documentName("endNetworkPerson").variable("input", Map.of("familyId", family, "personId", leaves, "validTo", daysAgo(30)))
                .execute()
                .path("endNetworkPerson.person").matchesJson("{\"inNetworkTo\": \"%s\"}".formatted(daysAgo(30)));
        var joins = person(family, "Buurman Ad", null, daysAgo(10));
        var added = tie(family, joins, father, "NEIGHBOUR", 3, List.of(), Map.of("validFrom", daysAgo(10)));

        graphQl.documentName("networkChanges").variable("familyId", family).variable("from", daysAgo(60)).execute()
                .path("networkChanges").matchesJson("""
                        {"from": "%s", "to": "%s",
                         "addedPersons": [{"id": "%s"}], "removedPersons": [{"id": "%s"}],
                         "addedTies": [{"id": "%s", "ring": 3}],
                         "endedTies": [{"id": "%s", "validTo": "%s"}],
                         "changedTies": [{"tieId": "%s", "changedFields": ["ring", "quality"],
                                          "before": {"ring": 2, "quality": "POSITIVE"}, "after": {"ring": 1, "quality": "AMBIVALENT"}}]}"""
                        .formatted(daysAgo(60), today(), joins, leaves, added, ended, daysAgo(30), edited));
        graphQl.documentName("networkChanges").variable("familyId", family).variable("from", daysAgo(5)).variable("to", daysAgo(6))
                .execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("to: must not be before from")));
    }

    @Test
    void network_persons_are_updated_with_all_fields_and_household_members_are_not_network_persons() {
        var kern = area("Kern " + tag(), "KERN");
        var family = createFamily("Gezin Persoon " + tag(), kern, coach);
        var parent = addMember(family, "Lies", "PARENT", true);
        var friend = person(family, "Vriendin Mia", kern, null);

        graphQl.documentName("updateNetworkPerson").variable("input", Map.of("familyId", family, "personId", friend,
                        "givenName", "  Mia  ", "familyName", "Hermans", "birthDate", "1990-02-03")).execute()
                .path("updateNetworkPerson.person").matchesJson("""
                        {"id": "%s", "givenName": "Mia", "familyName": "Hermans", "birthDate": "1990-02-03", "areaId": null}"""
                        .formatted(friend));
        var before = graphSize();
        graphQl.documentName("updateNetworkPerson").variable("input", Map.of("familyId", family, "personId", parent, "givenName", "Lies"))
                .execute()
                .path("updateNetworkPerson.userErrors").matchesJson("""
                        [{"field": "input.personId", "code": "INVALID", "message": "is a household member; change them with updatePerson"}]""");
        graphQl.documentName("endNetworkPerson").variable("input", Map.of("familyId", family, "personId", parent)).execute()
                .path("endNetworkPerson.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"INVALID\"}]");
        graphQl.documentName("updateNetworkPerson").variable("input", Map.of("familyId", family,
                        "personId", UUID.randomUUID().toString(), "givenName", "Niemand")).execute()
                .path("updateNetworkPerson.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"NOT_FOUND\"}]");
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void bad_person_input_is_refused_naming_the_field_and_writes_nothing() {
        var family = createFamily("Gezin Fout Persoon " + tag());
        var before = graphSize();

        graphQl.documentName("addNetworkPerson").variable("input", Map.of("familyId", family, "givenName", " ",
                        "familyName", "x".repeat(201), "birthDate", today().plusDays(1).toString(), "validFrom", today().plusDays(1).toString(),
                        "areaId", UUID.randomUUID().toString())).execute()
                .path("addNetworkPerson.person").valueIsNull()
                .path("addNetworkPerson.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(
                        "input.givenName", "input.familyName", "input.birthDate", "input.validFrom", "input.areaId"));
        graphQl.documentName("addNetworkPerson").variable("input", Map.of("familyId", "gezin-1", "givenName", "Jan", "areaId", "kern-1"))
                .execute()
                .path("addNetworkPerson.userErrors").matchesJson("""
                        [{"field": "input.areaId", "code": "INVALID"}, {"field": "input.familyId", "code": "INVALID"}]""");
        graphQl.documentName("addNetworkPerson").variable("input", Map.of("familyId", UUID.randomUUID().toString(), "givenName", "Jan"))
                .execute()
                .path("addNetworkPerson.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void bad_tie_input_is_refused_naming_the_field_and_writes_nothing() {
        var family = createFamily("Gezin Fout Band " + tag());
        var mother = addMember(family, "Eva", "PARENT", true);
        var friend = person(family, "Vriendin Jet", null, daysAgo(10));
        var outsider = addMember(createFamily("Gezin Anders " + tag()), "Anders", "PARENT", true);
        var before = graphSize();

        addTie(Map.of("familyId", family, "fromPersonId", mother, "toPersonId", mother, "kind", "FAMILY", "ring", 1))
                .path("addNetworkTie.userErrors").matchesJson("""
                        [{"field": "input.toPersonId", "code": "INVALID", "message": "must be another person than fromPersonId"}]""");
        addTie(Map.of("familyId", family, "fromPersonId", mother, "toPersonId", friend, "kind", "FRIEND", "ring", 5,
                "support", List.of(support("PRACTICAL", "GIVES"), support("PRACTICAL", "RECEIVES")),
                "knownSince", today().plusDays(3).toString(), "note", "x".repeat(2001)))
                .path("addNetworkTie.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(
                        "input.ring", "input.support[1].type", "input.knownSince", "input.note"));
        addTie(Map.of("familyId", family, "fromPersonId", mother, "toPersonId", friend, "kind", "FRIEND", "ring", 0,
                "validFrom", daysAgo(20)))
                .path("addNetworkTie.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder("input.ring", "input.toPersonId"));
        addTie(Map.of("familyId", family, "fromPersonId", outsider, "toPersonId", UUID.randomUUID().toString(), "kind", "FRIEND", "ring", 2))
                .path("addNetworkTie.userErrors").matchesJson("""
                        [{"field": "input.fromPersonId", "code": "INVALID", "message": "must be a household member or in the family's network"},
                         {"field": "input.toPersonId", "code": "NOT_FOUND"}]""");
        addTie(Map.of("familyId", family, "fromPersonId", "persoon-1", "toPersonId", friend, "kind", "FRIEND", "ring", 2,
                "validFrom", today().plusDays(1).toString()))
                .path("addNetworkTie.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(
                        "input.fromPersonId", "input.validFrom"));
        addTie(Map.of("familyId", family, "fromPersonId", mother, "toPersonId", friend, "kind", "COUSIN", "ring", 2))
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void a_second_open_tie_between_the_same_persons_and_changes_to_an_ended_tie_are_refused() {
        var family = createFamily("Gezin Dubbel Band " + tag());
        var mother = addMember(family, "Roos", "PARENT", true);
        var friend = person(family, "Vriendin Gijs", null, daysAgo(10));
        var tieId = tie(family, mother, friend, "FRIEND", 2, List.of(), Map.of("validFrom", daysAgo(5)));
        var before = graphSize();

        addTie(Map.of("familyId", family, "fromPersonId", friend, "toPersonId", mother, "kind", "FRIEND", "ring", 1))
                .path("addNetworkTie.userErrors").matchesJson("[{\"field\": \"input.toPersonId\", \"code\": \"CONFLICT\"}]");
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", tieId, "kind", "FRIEND", "ring", 1,
                        "validFrom", daysAgo(6))).execute()
                .path("updateNetworkTie.userErrors").matchesJson("[{\"field\": \"input.validFrom\", \"code\": \"INVALID\"}]");
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId, "validTo", daysAgo(6))).execute()
                .path("endNetworkTie.userErrors").matchesJson("[{\"field\": \"input.validTo\", \"code\": \"INVALID\"}]");
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", UUID.randomUUID().toString())).execute()
                .path("endNetworkTie.userErrors").matchesJson("[{\"field\": \"input.tieId\", \"code\": \"NOT_FOUND\"}]");
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId, "reason", "x".repeat(501))).execute()
                .path("endNetworkTie.userErrors").matchesJson("[{\"field\": \"input.reason\", \"code\": \"INVALID\"}]");
        assertThat(graphSize()).isEqualTo(before);

        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId)).execute()
                .path("endNetworkTie.userErrors").entityList(Object.class).hasSize(0);
        var ended = graphSize();
        graphQl.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId)).execute()
                .path("endNetworkTie.userErrors").matchesJson("""
                        [{"field": "input.tieId", "code": "INVALID", "message": "the tie has already ended; record a new tie instead"}]""");
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", tieId, "kind", "FRIEND", "ring", 1)).execute()
                .path("updateNetworkTie.userErrors").matchesJson("[{\"field\": \"input.tieId\", \"code\": \"INVALID\"}]");
        assertThat(graphSize()).isEqualTo(ended);
    }

    @Test
    void a_future_date_or_malformed_id_in_a_query_is_refused_naming_the_argument() {
        var family = createFamily("Gezin Toekomst " + tag());
        graphQl.documentName("familyNetwork").variable("familyId", family).variable("asOf", today().plusDays(1).toString()).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).isEqualTo("asOf: must not be in the future");
                }));
        graphQl.documentName("networkSummary").variable("familyId", "gezin-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("familyId: must be a UUID")));
        graphQl.documentName("networkTieHistory").variable("tieId", UUID.randomUUID().toString()).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")))
                .path("networkTieHistory").valueIsNull();
    }

    @Test
    void resource_uses_are_recorded_ended_and_shown_in_the_summary() {
        var family = createFamily("Gezin Voorziening " + tag());
        var mother = addMember(family, "Kim", "PARENT", true);
        var resource = neo4j.query("""
                        CREATE (r:CommunityResource {id: randomUUID(), name: $name, kind: 'FUND', status: 'ACTIVE', free: true,
                                                     languages: ['nl'], createdAt: datetime(), updatedAt: datetime()})
                        RETURN r.id""").bind("Voedselbank " + tag()).to("name").fetchAs(String.class).one().orElseThrow();
        var input = new HashMap<String, Object>(Map.of("familyId", family, "personId", mother, "resourceId", resource, "validFrom", daysAgo(30)));

        graphQl.documentName("addResourceUse").variable("input", input).execute()
                .path("addResourceUse.resourceUse").matchesJson("""
                        {"person": {"id": "%s"}, "resourceId": "%s", "validFrom": "%s", "validTo": null}""".formatted(mother, resource, daysAgo(30)));
        var before = graphSize();
        graphQl.documentName("addResourceUse").variable("input", input).execute()
                .path("addResourceUse.userErrors").matchesJson("[{\"field\": \"input.resourceId\", \"code\": \"CONFLICT\"}]");
        graphQl.documentName("addResourceUse").variable("input", Map.of("familyId", family, "personId", mother,
                        "resourceId", UUID.randomUUID().toString())).execute()
                .path("addResourceUse.userErrors").matchesJson("[{\"field\": \"input.resourceId\", \"code\": \"NOT_FOUND\"}]");
        assertThat(graphSize()).isEqualTo(before);
        graphQl.documentName("networkSummary").variable("familyId", family).execute()
                .path("networkSummary.resourcesUsed").matchesJson("[{\"person\": {\"givenName\": \"Kim\"}, \"resourceId\": \"%s\"}]".formatted(resource));

        graphQl.documentName("endResourceUse").variable("input", Map.of("familyId", family, "personId", mother, "resourceId", resource,
                        "validTo", daysAgo(1))).execute()
                .path("endResourceUse.resourceUse").matchesJson("{\"validFrom\": \"%s\", \"validTo\": \"%s\"}".formatted(daysAgo(30), daysAgo(1)));
        graphQl.documentName("endResourceUse").variable("input", Map.of("familyId", family, "personId", mother, "resourceId", resource))
                .execute()
                .path("endResourceUse.userErrors").matchesJson("[{\"field\": \"input.resourceId\", \"code\": \"INVALID\"}]");
        graphQl.documentName("networkSummary").variable("familyId", family).execute()
                .path("networkSummary.resourcesUsed").entityList(Object.class).hasSize(0);
        graphQl.documentName("networkSummary").variable("familyId", family).variable("asOf", daysAgo(2)).execute()
                .path("networkSummary.resourcesUsed").entityList(Object.class).hasSize(1);
    }

    @Test
    void another_coach_neither_reads_nor_changes_the_network_and_the_refusals_are_audited() {
        var family = createFamily("Gezin Afgeschermd " + tag());
        var mother = addMember(family, "Sanne", "PARENT", true);
        var friend = person(family, "Vriendin Lot");
        var tieId = tie(family, mother, friend, "FRIEND", 2);
        var other = as(Role.COACH, professional("Andere coach " + tag(), true));
        var before = graphSize();

        assertNotFoundNamed(other.documentName("familyNetwork").variable("familyId", family).execute(), "familyNetwork", "familyId");
        assertNotFoundNamed(other.documentName("networkSummary").variable("familyId", family).execute(), "networkSummary", "familyId");
        assertNotFoundNamed(other.documentName("networkTieHistory").variable("tieId", tieId).execute(), "networkTieHistory", "tieId");
        other.documentName("addNetworkPerson").variable("input", Map.of("familyId", family, "givenName", "Spion")).execute()
                .path("addNetworkPerson.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");
        other.documentName("endNetworkTie").variable("input", Map.of("tieId", tieId)).execute()
                .path("endNetworkTie.userErrors").matchesJson("[{\"field\": \"input.tieId\", \"code\": \"NOT_FOUND\"}]");

        assertThat(graphSize()).isEqualTo(before);
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "DENIED")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "NetworkSummary", "DENIED")).isEqualTo(1);
        assertThat(auditEvents(family, "CREATE", "FamilyNetwork", "DENIED")).isEqualTo(1);
        assertThat(auditEvents(family, "UPDATE", "NetworkTie", "DENIED")).isEqualTo(1);
    }

    @Test
    void a_professional_sees_the_network_only_with_consent_to_share_the_network_map() {
        var family = createFamily("Gezin Toestemming " + tag());
        var mother = addMember(family, "Hanna", "PARENT", true);
        tie(family, mother, person(family, "Oma Riet"), "FAMILY", 1);
        var question = createQuestion(family, "Hulp bij opvoeding.", List.of("PARENTING"));
        var professional = professional("Jeugdprofessional " + tag(), false);
        var session = tentSession(family, today().toString(), List.of(question));
        neo4j.query("""
                        MATCH (t:TentSession {id: $session}), (p:Professional {id: $professional})
                        CREATE (p)-[:PARTICIPATES_IN {status: 'ACCEPTED'}]->(t)""")
                .bindAll(Map.of("session", session, "professional", professional)).run();
        var consent = consent(family, List.of("SHARE_WITH_TENT"));
        var user = as(Role.PROFESSIONAL, professional);

        assertNotFoundNamed(user.documentName("familyNetwork").variable("familyId", family).execute(), "familyNetwork", "familyId");
        assertNotFoundNamed(user.documentName("networkSupportFor").variable("helpQuestionId", question).execute(),
                "networkSupportFor", "helpQuestionId");
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "DENIED")).isEqualTo(1);

        neo4j.query("MATCH (c:Consent {id: $id}) SET c.revokedAt = datetime(), c.revocationReason = 'vervangen'").bind(consent).to("id").run();
        consent(family, List.of("SHARE_WITH_TENT", "SHARE_NETWORK_MAP"));
        user.documentName("familyNetwork").variable("familyId", family).execute()
                .path("familyNetwork.nodes[*].person.givenName").entityList(String.class).containsExactly("Hanna", "Oma Riet");
        user.documentName("networkSupportFor").variable("helpQuestionId", question).execute()
                .path("networkSupportFor[*].person.givenName").entityList(String.class).containsExactly("Oma Riet");
        user.documentName("addNetworkPerson").variable("input", Map.of("familyId", family, "givenName", "Lezer")).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "SUCCESS")).isEqualTo(1);
    }

    @Test
    void the_municipality_and_the_administrator_get_nothing() {
        var family = createFamily("Gezin Gemeente " + tag());
        for (var user : List.of(as(Role.MUNICIPALITY, null), as(Role.ADMIN, null))) {
            user.documentName("familyNetwork").variable("familyId", family).execute()
                    .errors().satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")))
                    .path("familyNetwork").valueIsNull();
            user.documentName("addNetworkPerson").variable("input", Map.of("familyId", family, "givenName", "Ambtenaar")).execute()
                    .errors().satisfy(errors -> assertThat(errors).isNotEmpty());
        }
    }

    @Test
    void every_read_and_change_of_the_network_is_audited() {
        var family = createFamily("Gezin Spoor " + tag());
        var mother = addMember(family, "Fem", "PARENT", true);
        var friend = person(family, "Vriendin Pien");
        var tieId = tie(family, mother, friend, "FRIEND", 2);
        graphQl.documentName("updateNetworkTie").variable("input", Map.of("tieId", tieId, "kind", "FRIEND", "ring", 1)).execute();
        graphQl.documentName("familyNetwork").variable("familyId", family).execute();
        graphQl.documentName("networkSummary").variable("familyId", family).execute();
        graphQl.documentName("networkChanges").variable("familyId", family).variable("from", daysAgo(1)).execute();
        graphQl.documentName("networkTieHistory").variable("tieId", tieId).execute();

        assertThat(auditEvents(family, "CREATE", "NetworkPerson", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "CREATE", "NetworkTie", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "UPDATE", "NetworkTie", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "FamilyNetwork", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "NetworkSummary", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "NetworkChanges", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "NetworkTie", "SUCCESS")).isEqualTo(1);
    }

    private GraphQlTester.Response addTie(Map<String, Object> input) {
        return graphQl.documentName("addNetworkTie").variable("input", input).execute();
    }

    private String consent(String familyId, List<String> scopes) {
        return neo4j.query("""
                        MATCH (f:Family {id: $family})
                        CREATE (f)-[:HAS_CONSENT]->(c:Consent {id: randomUUID(), scopes: $scopes, givenAt: datetime(),
                                                               createdAt: datetime(), updatedAt: datetime()})
                        RETURN c.id""")
                .bindAll(Map.of("family", familyId, "scopes", scopes)).fetchAs(String.class).one().orElseThrow();
    }

    private static void assertNotFoundNamed(GraphQlTester.Response response, String path, String field) {
        response.errors()
                .expect(error -> "NOT_FOUND".equals(error.getErrorType().toString()) && error.getMessage().startsWith(field + ": "))
                .verify()
                .path(path).valueIsNull();
    }
}
