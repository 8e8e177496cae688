package nl.netwerkkaart.ladder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.tent.TentTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs in a municipality of its own: kern K, a neighbouring kern 2 km away and a far kern 11 km away. */
class SupportOptionsTest extends TentTestSupport {

    private String municipality;
    private String kern;
    private String neighbour;
    private String far;
    private String family;
    private String question;
    private String exact;
    private String narrower;
    private String broader;

    @BeforeEach
    void ladderFixture() {
        municipality = area("Proefgemeente " + tag(), "MUNICIPALITY", null, 52.0, 4.0);
        kern = area("Proefkern " + tag(), "KERN", municipality, 52.0, 4.0);
        neighbour = area("Buurkern " + tag(), "KERN", municipality, 52.018, 4.0);
        far = area("Verre kern " + tag(), "KERN", municipality, 52.1, 4.0);
        graphQl = in(municipality, Role.COACH, coach);
        family = familyIn("Gezin Ladder " + tag(), kern);
        neo4j.query("""
                        MATCH (f:Family {id: $family})
                        CREATE (:Person {id: randomUUID(), givenName: 'Noor', birthDate: $birthDate, languages: ['nl'],
                                         createdAt: datetime(), updatedAt: datetime()})-[:MEMBER_OF {role: 'CHILD', authority: false}]->(f)""")
                .bind(family).to("family")
                .bind(LocalDate.now(ZoneId.of("Europe/Amsterdam")).minusYears(9).minusDays(10)).to("birthDate").run();
        // a text from which no need can be read
        question = createQuestion(family, "Zie het verslag van het eerste gesprek.", List.of("PARENTING"));
        broader = expertise("Gezinsondersteuning breed " + tag(), List.of(), null);
        exact = expertise("Opvoedsteun " + tag(), List.of("PARENTING"), broader);
        narrower = expertise("Opvoedcursus peuters " + tag(), List.of(), exact);
        // the coach confirmed the one need, so the ranking does not depend on the terms other tests left in the domain
        neo4j.query("MATCH (h:HelpQuestion {id: $question}), (e:Expertise {id: $exact}) CREATE (h)-[:NEEDS]->(e)")
                .bind(question).to("question").bind(exact).to("exact").run();
    }

    @Test
    void community_step_scores_the_fit_to_the_needs_then_the_place_on_the_scale_of_every_step() {
        var kernExact = resource("Ladder 1 kern exact", "ACTIVE", kern, List.of(exact), null, null);
        var kernAge = resource("Ladder 2 kern leeftijd past", "ACTIVE", kern, List.of(exact), 4, 12);
        var kernNarrower = resource("Ladder 3 kern smaller", "ACTIVE", kern, List.of(narrower), null, null);
        var neighbourExact = resource("Ladder 4 buurkern exact", "ACTIVE", neighbour, List.of(exact), null, null);
        var kernBroader = resource("Ladder 5 kern breder", "ACTIVE", kern, List.of(broader), null, null);
        var farExact = resource("Ladder 6 ver exact", "ACTIVE", far, List.of(exact), null, null);

        graphQl.documentName("supportOptions").variable("helpQuestionId", question).execute()
                .path("supportOptions.community[*].communityResource.id").entityList(String.class)
                // the confirmed need itself first, near before far; a narrower or broader term after every exact one (which
                // of these two first depends on whether the text points to any term of the shared database: a
                // specialisation the words do not point to counts less than the broader term, docs/matching.md)
                .satisfies(ids -> {
                    assertThat(ids.subList(0, 4)).containsExactly(kernExact, kernAge, neighbourExact, farExact);
                    assertThat(ids.subList(4, 6)).containsExactlyInAnyOrder(kernNarrower, kernBroader);
                })
                .path("supportOptions.community[*].step").entityList(String.class).satisfies(steps -> assertThat(steps).containsOnly("COMMUNITY"))
                .path("supportOptions.community[*].score").entityList(Integer.class).satisfies(scores -> assertThat(scores)
                        .isSortedAccordingTo(java.util.Comparator.reverseOrder()).allMatch(score -> score >= 0 && score <= 100))
                .path("supportOptions.community[0].reasons").entityList(String.class).satisfies(reasons -> assertThat(reasons)
                        .anyMatch(reason -> reason.contains(name(exact))).contains("Gratis", "5 plekken vrij"))
                .path("supportOptions.community[2].reasons[1]").entity(String.class).satisfies(reason ->
                        assertThat(reason).startsWith("In Buurkern ").endsWith(", een buurkern op 2.0 km"))
                .path("supportOptions.network").entityList(Object.class).hasSize(0);
    }

    @Test
    void community_step_leaves_out_inactive_resources_and_those_outside_the_childs_age() {
        var active = resource("Ladder actief", "ACTIVE", kern, List.of(exact), null, null);
        resource("Ladder inactief", "INACTIVE", kern, List.of(exact), null, null);
        resource("Ladder tijdelijk dicht", "TEMPORARILY_CLOSED", kern, List.of(exact), null, null);
        resource("Ladder voor pubers", "ACTIVE", kern, List.of(exact), 12, 18);
        resource("Ladder voor peuters", "ACTIVE", kern, List.of(exact), 0, 4);

        graphQl.documentName("supportOptions").variable("helpQuestionId", question).execute()
                .path("supportOptions.community[*].communityResource.id").entityList(String.class).containsExactly(active);
    }

    @Test
    void professional_steps_are_the_match_ranking_split_by_tier() {
        var organisation = organisation("Proefzorg " + tag());
        var full = professional("Ladder Vol " + tag(), "FIRST_LINE", 0, organisation, kern, List.of(exact));
        var open = professional("Ladder Open " + tag(), "FIRST_LINE", 2, organisation, municipality, List.of(narrower));
        var specialist = professional("Ladder Specialist " + tag(), "SPECIALIST", 1, organisation, kern, List.of(broader));
        var unrelated = professional("Ladder Andere vraag " + tag(), "FIRST_LINE", 2, organisation, kern,
                List.of(expertise("Schuldhulp proef " + tag(), List.of("FINANCES"), null)));

        var ranked = graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).variable("first", 100)
                .execute().path("matchProfessionals[*].professional.id").entityList(String.class).get().stream()
                .filter(List.of(full, open, specialist, unrelated)::contains).toList();
        var ladder = graphQl.documentName("supportOptions").variable("helpQuestionId", question).execute();

        var firstLine = ladder.path("supportOptions.firstLine[*].professional.id").entityList(String.class).get().stream()
                .filter(List.of(full, open, unrelated)::contains).toList();
        assertThat(firstLine).containsExactlyElementsOf(ranked.stream().filter(List.of(full, open, unrelated)::contains).toList())
                .contains(full, open).doesNotContain(unrelated);
        ladder.path("supportOptions.firstLine[*].step").entityList(String.class).satisfies(steps -> assertThat(steps).containsOnly("FIRST_LINE"))
                .path("supportOptions.specialist[*].professional.id").entityList(String.class).contains(specialist)
                .path("supportOptions.specialist[*].step").entityList(String.class).satisfies(steps -> assertThat(steps).containsOnly("SPECIALIST"))
                .path("supportOptions.firstLine[*].reasons").entityList(Object.class).satisfies(reasons ->
                        assertThat(reasons.toString()).contains("Geen plaats vrij"));
    }

    @Test
    void ladder_is_for_readers_of_the_family_only_and_audited() {
        var stranger = in(municipality, Role.PROFESSIONAL, professional("Vreemde " + tag(), false));
        stranger.documentName("supportOptions").variable("helpQuestionId", question).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
                    assertThat(error.getMessage()).startsWith("helpQuestionId: ");
                }));
        for (var role : List.of(Role.MUNICIPALITY, Role.ADMIN)) {
            in(municipality, role, null).documentName("supportOptions").variable("helpQuestionId", question).execute().errors()
                    .satisfy(errors -> assertThat(errors).singleElement()
                            .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        }
        graphQl.documentName("supportOptions").variable("helpQuestionId", UUID.randomUUID().toString()).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
        graphQl.documentName("supportOptions").variable("helpQuestionId", "vraag-1").execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("helpQuestionId: must be a UUID")));
        graphQl.documentName("supportOptions").variable("helpQuestionId", question).execute()
                .path("supportOptions.helpQuestionId").entity(String.class).isEqualTo(question);

        assertThat(auditEvents(family, "READ", "SupportOptions", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "SupportOptions", "DENIED")).isEqualTo(1);
    }

    private String name(String expertiseId) {
        return neo4j.query("MATCH (e:Expertise {id: $id}) RETURN e.name").bind(expertiseId).to("id")
                .fetchAs(String.class).one().orElseThrow();
    }
}
