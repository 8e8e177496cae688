package nl.netwerkkaart.privacy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.family.FamilyTestSupport;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PrivacyTest extends FamilyTestSupport {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final LocalDate TODAY = LocalDate.now(AMSTERDAM);

    @Autowired
    private RetentionService retention;

    @Test
    void the_export_holds_the_family_its_members_questions_consents_and_tent_sessions() {
        var name = "Gezin Export " + tag();
        var family = createFamily(name);
        var mother = addMember(new LinkedHashMap<>(Map.of("familyId", family, "givenName", "Eva", "familyName", "Kuijpers",
                "role", "PARENT", "authority", true, "birthDate", "1988-04-02", "languages", List.of("nl", "en"))));
        var son = addMember(family, "Mees", "CHILD", false);
        var debts = question(family, "Hulp bij schulden", List.of("PARENTING", "FINANCES"), mother);
        var school = createQuestion(family, "Mees gaat niet graag naar school", List.of("SCHOOL"));
        var consent = consent(family, mother);
        var session = tentSession(family, "2026-03-10", List.of(debts));
        var participant = professional("Deelnemer Export " + tag(), false);
        participate(participant, session, "ACCEPTED");
        neo4j.query("MATCH (t:TentSession {id: $id}) SET t.agreements = 'Eva belt de schuldhulp binnen een week.'")
                .bind(session).to("id").run();

        statements.reset();
        var export = graphQl.documentName("exportFamily").variable("id", family).execute();
        assertThat(statements.count()).as("the access check, one statement for the whole document, the audit event").isEqualTo(3);

        export.path("exportFamily.familyId").entity(String.class).isEqualTo(family)
                .path("exportFamily.document").matchesJson("""
                        {"family": {"id": "%s", "name": "%s"},
                         "area": {"kind": "KERN"},
                         "coach": {"id": "%s"},
                         "members": [
                           {"id": "%s", "givenName": "Eva", "familyName": "Kuijpers", "birthDate": "1988-04-02",
                            "languages": ["nl", "en"], "role": "PARENT", "authority": true},
                           {"id": "%s", "givenName": "Mees", "role": "CHILD", "authority": false}],
                         "helpQuestions": [
                           {"id": "%s", "text": "Hulp bij schulden", "status": "OPEN", "lifeDomains": ["FINANCES", "PARENTING"],
                            "about": {"id": "%s", "givenName": "Eva", "familyName": "Kuijpers"}},
                           {"id": "%s", "text": "Mees gaat niet graag naar school", "lifeDomains": ["SCHOOL"], "about": null}],
                         "consents": [
                           {"id": "%s", "scopes": ["SHARE_WITH_TENT", "ANONYMOUS_STATISTICS"], "note": "Mondeling gegeven.",
                            "givenBy": [{"id": "%s", "givenName": "Eva", "familyName": "Kuijpers"}]}],
                         "tentSessions": [
                           {"id": "%s", "date": "2026-03-10", "status": "PLANNED", "location": "Huis van de Wijk",
                            "agreements": "Eva belt de schuldhulp binnen een week.",
                            "director": {"id": "%s"},
                            "participants": [{"professionalId": "%s", "status": "ACCEPTED"}],
                            "discussedHelpQuestionIds": ["%s"]}]}"""
                        .formatted(family, name, coach, mother, son, debts, mother, school, consent, mother, session, coach,
                                participant, debts));
        @SuppressWarnings("unchecked")
        Map<String, Object> document = export.path("exportFamily.document").entity(Map.class).get();
        var exportedAt = OffsetDateTime.parse(export.path("exportFamily.exportedAt").entity(String.class).get());
        assertThat(OffsetDateTime.parse((String) document.get("exportedAt"))).isEqualTo(exportedAt)
                .isCloseTo(OffsetDateTime.now(), within(1, ChronoUnit.MINUTES));
        assertThat(((Map<?, ?>) document.get("area")).get("name").toString()).startsWith("Kern ");
        assertThat(((Map<?, ?>) document.get("coach")).get("name").toString()).startsWith("Coach ");

        var download = http(Role.COACH, coach).get().uri("/families/{id}/export", family).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"gezin-" + family + ".json\"")
                .expectBody(new ParameterizedTypeReference<LinkedHashMap<String, Object>>() { })
                .returnResult().getResponseBody();
        assertThat(download).isNotNull();
        assertThat(List.copyOf(download.keySet())).as("keys in a stable, sorted order").containsExactly(
                "analyses", "area", "assessments", "coach", "consents", "exportedAt", "family", "handoverNotes",
                "helpQuestions", "matches", "members", "networkPersons", "networkTies", "resourceUses", "tentSessions");
        assertThat(((Map<?, ?>) download.get("family")).keySet().stream().map(String::valueOf).toList())
                .containsExactly("createdAt", "id", "name", "updatedAt", "version");
        var withoutTime = new LinkedHashMap<>(download);
        withoutTime.put("exportedAt", document.get("exportedAt"));
        assertThat(withoutTime).as("the download is the same document").isEqualTo(document);
    }

    @Test
    void only_the_coach_of_the_family_may_export_it() {
        var family = createFamily("Gezin Export Geheim " + tag());
        var session = tentSession(family, TODAY.toString(), List.of());
        var participant = professional("Deelnemer Geheim " + tag(), false);
        participate(participant, session, "ACCEPTED");
        consent(family, addMember(family, "Ilse", "PARENT", true));
        var otherCoach = professional("Andere Coach " + tag(), true);

        assertExportNotFound(as(Role.COACH, otherCoach).documentName("exportFamily").variable("id", family).execute());
        assertExportNotFound(graphQl.documentName("exportFamily").variable("id", "6d1f3f0e-0000-4000-8000-000000000000").execute());
        for (var role : List.of(Role.PROFESSIONAL, Role.MUNICIPALITY, Role.ADMIN)) {
            assertForbidden(as(role, role == Role.PROFESSIONAL ? participant : null)
                    .documentName("exportFamily").variable("id", family).execute());
        }
        graphQl.documentName("exportFamily").variable("id", "not-a-uuid").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(error.getMessage()).startsWith("id: ");
                }));

        http(Role.COACH, otherCoach).get().uri("/families/{id}/export", family).exchange().expectStatus().isNotFound();
        http(Role.PROFESSIONAL, participant).get().uri("/families/{id}/export", family).exchange().expectStatus().isForbidden();
        http(Role.ADMIN, null).get().uri("/families/{id}/export", family).exchange().expectStatus().isForbidden();
        http(Role.COACH, coach).get().uri("/families/{id}/export", "not-a-uuid").exchange().expectStatus().isBadRequest();
        http().get().uri("/families/{id}/export", family).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void erasing_removes_exactly_the_family_and_keeps_a_member_shared_with_another_family() {
        var kern = area("Kern Wissen " + tag(), "KERN");
        var name = "Gezin Wissen " + tag();
        var family = createFamily(name, kern, coach);
        var mother = addMember(family, "Sanne", "PARENT", true);
        var daughter = addMember(family, "Lieke", "CHILD", false);
        var debts = createQuestion(family, "Schulden en opvoeding", List.of("FINANCES", "PARENTING"));
        var rent = createQuestion(family, "Huurachterstand", List.of("FINANCES"));
        consent(family, mother);
        var session = tentSession(family, "2026-02-01", List.of(debts));
        participate(professional("Deelnemer Wissen " + tag(), false), session, "ATTENDED");

        // The mother also belongs to the family of her new partner, which must come through untouched.
        var other = createFamily("Gezin Blijft " + tag());
        var stepson = addMember(other, "Bram", "CHILD", false);
        var otherQuestion = createQuestion(other, "Bram zoekt een sportclub", List.of("DAYTIME_ACTIVITIES"));
        neo4j.query("""
                        MATCH (p:Person {id: $mother}), (f:Family {id: $other}), (d:Person {id: $daughter}), (s:Person {id: $stepson})
                        CREATE (p)-[:MEMBER_OF {role: 'PARENT', authority: false}]->(f)
                        CREATE (d)-[:KNOWS]->(s)""")
                .bindAll(Map.of("mother", mother, "other", other, "daughter", daughter, "stepson", stepson)).run();
        var before = graphSize();

        graphQl.documentName("eraseFamily").variable("input", Map.of("familyId", family.toUpperCase(), "confirmName", "  " + name + " "))
                .execute()
                .path("eraseFamily").matchesJson("""
                        {"erasedFamilyId": "%s", "erasedPersons": 1, "erasedHelpQuestions": 2, "userErrors": []}""".formatted(family));

        // Gone: family, daughter, 2 questions, consent, session (6 nodes) and their 16 relationships: LIVES_IN,
        // COACHED_BY, 2 MEMBER_OF, 2 RAISED, 3 CONCERNS, HAS_CONSENT, GIVEN_BY, FOR_FAMILY, DIRECTED_BY, DISCUSSES,
        // PARTICIPATES_IN and the daughter's KNOWS. Added: the kern's statistics node and its 2 BY_DOMAIN counters.
        assertThat(graphSize()).isEqualTo(before - 6 - 16 + 1 + 2);
        assertThat(neo4j.query("MATCH (n) WHERE n.id IN $ids RETURN count(n)")
                .bind(List.of(family, daughter, debts, rent, session)).to("ids").fetchAs(Long.class).one()).contains(0L);
        graphQl.documentName("family").variable("id", other).execute()
                .path("family.members[*].person.id").entityList(String.class).contains(mother, stepson).hasSize(2)
                .path("family.helpQuestions[*].id").entityList(String.class).containsExactly(otherQuestion);
        assertExportNotFound(graphQl.documentName("exportFamily").variable("id", family).execute());

        assertThat(statistics(kern)).isEqualTo(Map.of("erasedFamilies", 1L, "helpQuestions", 2L,
                "byDomain", Map.of("FINANCES", 2L, "PARENTING", 1L)));
    }

    @Test
    void a_family_in_a_wijk_is_counted_for_its_kern_without_anything_that_identifies_it() {
        var kern = area("Kern Anoniem " + tag(), "KERN");
        var wijk = wijkOf("Wijk Anoniem " + tag(), kern);
        var inWijk = createFamily("Gezin In De Wijk " + tag(), wijk, coach);
        createQuestion(inWijk, "Eenzaam na de verhuizing", List.of("SOCIAL_NETWORK"));
        var inKern = createFamily("Gezin In De Kern " + tag(), kern, coach);
        createQuestion(inKern, "Geen werk", List.of("WORK_AND_EDUCATION", "FINANCES"));
        addMember(inKern, "Joost", "PARENT", true);

        erase(inWijk, "Gezin In De Wijk");
        erase(inKern, "Gezin In De Kern");

        assertThat(statistics(kern)).isEqualTo(Map.of("erasedFamilies", 2L, "helpQuestions", 2L,
                "byDomain", Map.of("SOCIAL_NETWORK", 1L, "WORK_AND_EDUCATION", 1L, "FINANCES", 1L)));
        assertThat(neo4j.query("MATCH (s:AnonymousStatistics {areaId: $kern}) RETURN keys(s) AS keys")
                .bind(kern).to("kern").fetch().one().map(r -> new Row(r).strings("keys")).orElseThrow())
                .as("no names, family ids or dates").containsExactlyInAnyOrder("id", "areaId", "year", "erasedFamilies", "helpQuestions");
        assertThat(neo4j.query("MATCH (s:AnonymousStatistics {areaId: $wijk}) RETURN count(s)").bind(wijk).to("wijk")
                .fetchAs(Long.class).one()).contains(0L);
    }

    @Test
    void erasing_is_refused_without_the_exact_name_and_writes_nothing() {
        var name = "Gezin Bijna Gewist " + tag();
        var family = createFamily(name);
        addMember(family, "Noor", "PARENT", true);
        createQuestion(family, "Te veel zorgen", List.of("MENTAL_HEALTH"));
        var before = graphSize();

        assertRefused(Map.of("familyId", family, "confirmName", "Gezin Ander"), """
                [{"field": "input.confirmName", "code": "INVALID", "message": "must be the family's name exactly as stored"}]""");
        assertRefused(Map.of("familyId", family, "confirmName", name.toUpperCase()), """
                [{"field": "input.confirmName", "code": "INVALID"}]""");
        assertRefused(Map.of("familyId", family, "confirmName", " "), """
                [{"field": "input.confirmName", "code": "INVALID"}]""");
        assertRefused(Map.of("familyId", family, "confirmName", "x".repeat(201)), """
                [{"field": "input.confirmName", "code": "INVALID"}]""");
        assertRefused(Map.of("familyId", "not-a-uuid", "confirmName", name), """
                [{"field": "input.familyId", "code": "INVALID", "message": "must be a UUID"}]""");
        assertRefused(Map.of("familyId", "6d1f3f0e-0000-4000-8000-000000000000", "confirmName", name), """
                [{"field": "input.familyId", "code": "NOT_FOUND", "message": "No family with this id"}]""");
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void only_the_coach_of_the_family_may_erase_it() {
        var name = "Gezin Niet Van Jou " + tag();
        var family = createFamily(name);
        var session = tentSession(family, TODAY.toString(), List.of());
        var participant = professional("Deelnemer Niet Wissen " + tag(), false);
        participate(participant, session, "ACCEPTED");
        consent(family, addMember(family, "Henk", "PARENT", true));
        var otherCoach = professional("Andere Coach " + tag(), true);
        var before = graphSize();
        var input = Map.of("familyId", family, "confirmName", name);

        as(Role.COACH, otherCoach).documentName("eraseFamily").variable("input", input).execute()
                .path("eraseFamily.erasedFamilyId").valueIsNull()
                .path("eraseFamily.userErrors").matchesJson("""
                        [{"field": "input.familyId", "code": "NOT_FOUND", "message": "No family with this id"}]""");
        for (var role : List.of(Role.PROFESSIONAL, Role.MUNICIPALITY, Role.ADMIN)) {
            assertForbidden(as(role, role == Role.PROFESSIONAL ? participant : null)
                    .documentName("eraseFamily").variable("input", input).execute());
        }
        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void families_whose_help_ended_longer_ago_than_the_retention_period_are_reported_to_administrators() {
        var longAgo = createFamily("Gezin Lang Geleden " + tag());
        close(createQuestion(longAgo, "Oude vraag", List.of("HOUSING")), TODAY.minusYears(17));
        close(createQuestion(longAgo, "Laatste vraag", List.of("FINANCES")), TODAY.minusYears(16));
        var recent = createFamily("Gezin Kort Geleden " + tag());
        close(createQuestion(recent, "Recente vraag", List.of("HOUSING")), TODAY.minusYears(3));
        var stillOpen = createFamily("Gezin Nog Open " + tag());
        close(createQuestion(stillOpen, "Oude vraag", List.of("HOUSING")), TODAY.minusYears(20));
        createQuestion(stillOpen, "Nieuwe vraag", List.of("SCHOOL"));
        var withoutQuestions = createFamily("Gezin Zonder Vragen " + tag());
        var fixtures = List.of(longAgo, recent, stillOpen, withoutQuestions);

        var report = as(Role.ADMIN, null).documentName("familiesPastRetention").execute();
        report.path("familiesPastRetention.period").entity(String.class).isEqualTo("P15Y")
                .path("familiesPastRetention.checkedAt").entity(String.class).satisfies(at -> assertThat(at).isNotBlank())
                .path("familiesPastRetention.count").entity(Integer.class).satisfies(count -> assertThat(count).isPositive());
        var listed = report.path("familiesPastRetention.families").entityList(Map.class).get().stream()
                .filter(entry -> fixtures.contains(entry.get("familyId")))
                .toList();
        assertThat(listed).containsExactly(Map.of("familyId", longAgo, "coachId", coach,
                "helpEndedOn", TODAY.minusYears(16).toString()));

        for (var role : List.of(Role.COACH, Role.PROFESSIONAL, Role.MUNICIPALITY)) {
            assertForbidden(as(role, role == Role.MUNICIPALITY ? null : coach).documentName("familiesPastRetention").execute());
        }
    }

    @Test
    void an_administrator_is_told_only_about_the_families_of_their_own_municipality() {
        var own = createFamily("Gezin Eigen Gemeente " + tag());
        close(createQuestion(own, "Oude vraag", List.of("HOUSING")), TODAY.minusYears(16));
        var row = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: $municipality, kind: 'MUNICIPALITY', createdAt: datetime(), updatedAt: datetime()})
                        CREATE (k:Area {id: randomUUID(), name: $kern, kind: 'KERN', createdAt: datetime(), updatedAt: datetime()})-[:PART_OF]->(m)
                        CREATE (f:Family {id: randomUUID(), name: $family, createdAt: datetime(), updatedAt: datetime()})-[:LIVES_IN]->(k)
                        CREATE (f)-[:RAISED]->(:HelpQuestion {id: randomUUID(), text: 'Oude vraag', urgency: 'NORMAL', status: 'CLOSED',
                                                              closedAt: $closedAt, createdAt: datetime(), updatedAt: datetime()})
                        RETURN m.id AS municipality, f.id AS family""")
                .bindAll(Map.of("municipality", "Gemeente Verweg " + tag(), "kern", "Verweg " + tag(),
                        "family", "Gezin Andere Gemeente " + tag(), "closedAt", TODAY.minusYears(16).atTime(12, 0).atZone(AMSTERDAM)))
                .fetch().one().orElseThrow();
        var elsewhere = (String) row.get("family");
        var fixtures = List.of(own, elsewhere);

        assertThat(retained(as(Role.ADMIN, null), fixtures)).containsExactly(own);
        assertThat(retained(as(Role.ADMIN, (String) row.get("municipality"), null), fixtures)).containsExactly(elsewhere);
        // the nightly check still covers every municipality; it only logs a count
        retention.scheduledCheck();
        assertThat(retention.latest()).hasValueSatisfying(report -> assertThat(report.families())
                .extracting(RetainedFamily::familyId).contains(own, elsewhere));
    }

    private static List<String> retained(GraphQlTester admin, List<String> fixtures) {
        return admin.documentName("familiesPastRetention").execute()
                .path("familiesPastRetention.families[*].familyId").entityList(String.class).get().stream()
                .filter(fixtures::contains)
                .toList();
    }

    @Test
    void the_scheduled_retention_check_keeps_its_report_in_memory() {
        var family = createFamily("Gezin Nacht Controle " + tag());
        close(createQuestion(family, "Afgerond", List.of("SAFETY")), TODAY.minusYears(15).minusDays(1));

        retention.scheduledCheck();

        assertThat(retention.latest()).hasValueSatisfying(report -> {
            assertThat(report.period()).isEqualTo("P15Y");
            assertThat(report.count()).isEqualTo(report.families().size());
            assertThat(report.families()).contains(new RetainedFamily(family, coach, TODAY.minusYears(15).minusDays(1)));
        });
    }

    private String question(String familyId, String text, List<String> lifeDomains, String aboutPersonId) {
        return graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", familyId, "text", text, "lifeDomains", lifeDomains, "aboutPersonId", aboutPersonId))
                .execute()
                .path("createHelpQuestion.userErrors").entityList(Object.class).hasSize(0)
                .path("createHelpQuestion.helpQuestion.id").entity(String.class).get();
    }

    /** An active consent given by {@code giverId}, made as docs/graph-model.md describes it. */
    private String consent(String familyId, String giverId) {
        return neo4j.query("""
                        MATCH (f:Family {id: $familyId}), (p:Person {id: $giverId})
                        CREATE (f)-[:HAS_CONSENT]->(c:Consent {id: randomUUID(), scopes: ['SHARE_WITH_TENT', 'ANONYMOUS_STATISTICS'],
                                                               givenAt: datetime(), note: 'Mondeling gegeven.',
                                                               createdAt: datetime(), updatedAt: datetime()})
                        CREATE (c)-[:GIVEN_BY]->(p)
                        RETURN c.id""")
                .bindAll(Map.of("familyId", familyId, "giverId", giverId))
                .fetchAs(String.class).one().orElseThrow();
    }

    private void participate(String professionalId, String sessionId, String status) {
        neo4j.query("""
                        MATCH (p:Professional {id: $professional}), (t:TentSession {id: $session})
                        CREATE (p)-[:PARTICIPATES_IN {status: $status}]->(t)""")
                .bindAll(Map.of("professional", professionalId, "session", sessionId, "status", status)).run();
    }

    /** Closes the question at noon of {@code day} in Europe/Amsterdam. */
    private void close(String questionId, LocalDate day) {
        neo4j.query("MATCH (h:HelpQuestion {id: $id}) SET h.status = 'CLOSED', h.closedAt = $closedAt")
                .bindAll(Map.of("id", questionId, "closedAt", day.atTime(12, 0).atZone(AMSTERDAM))).run();
    }

    private void erase(String familyId, String namePrefix) {
        var name = neo4j.query("MATCH (f:Family {id: $id}) RETURN f.name").bind(familyId).to("id")
                .fetchAs(String.class).one().orElseThrow();
        assertThat(name).startsWith(namePrefix);
        graphQl.documentName("eraseFamily").variable("input", Map.of("familyId", familyId, "confirmName", name)).execute()
                .path("eraseFamily.userErrors").entityList(Object.class).hasSize(0);
    }

    /** The counters of the kern for this year, per life domain code. */
    private Map<String, Object> statistics(String kernId) {
        return neo4j.query("""
                        MATCH (s:AnonymousStatistics {areaId: $kern, year: $year})
                        RETURN s.erasedFamilies AS erasedFamilies, s.helpQuestions AS helpQuestions,
                               COLLECT { MATCH (s)-[c:BY_DOMAIN]->(l:LifeDomain) RETURN [l.code, c.helpQuestions] } AS byDomain""")
                .bindAll(Map.of("kern", kernId, "year", Year.now(AMSTERDAM).getValue()))
                .fetch().one()
                .map(r -> {
                    var byDomain = new LinkedHashMap<String, Long>();
                    ((List<?>) r.get("byDomain")).forEach(pair -> byDomain.put((String) ((List<?>) pair).get(0), (Long) ((List<?>) pair).get(1)));
                    return Map.<String, Object>of("erasedFamilies", r.get("erasedFamilies"), "helpQuestions", r.get("helpQuestions"),
                            "byDomain", byDomain);
                })
                .orElseThrow();
    }

    private void assertRefused(Map<String, Object> input, String userErrors) {
        graphQl.documentName("eraseFamily").variable("input", input).execute()
                .path("eraseFamily").matchesJson("""
                        {"erasedFamilyId": null, "erasedPersons": 0, "erasedHelpQuestions": 0}""")
                .path("eraseFamily.userErrors").matchesJson(userErrors);
    }

    /** A NOT_FOUND error naming {@code id}; the non-null field leaves no data. */
    private static void assertExportNotFound(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
            assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
            assertThat(error.getMessage()).startsWith("id: ");
        }));
    }

    private static void assertForbidden(GraphQlTester.Response response) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }
}
