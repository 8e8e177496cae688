package nl.netwerkkaart.tent;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs in a municipality of its own, so only its fixtures compete for the tent. */
class TentParticipantSuggestionTest extends TentTestSupport {

    private String municipality;
    private String kern;
    private String family;
    private String money;
    private String school;

    @BeforeEach
    void suggestionFixture() {
        municipality = area("Tentgemeente " + tag(), "MUNICIPALITY", null, 52.5, 4.5);
        kern = area("Tentkern " + tag(), "KERN", municipality, 52.5, 4.5);
        graphQl = in(municipality, Role.COACH, coach);
        family = familyIn("Gezin Tentvoorstel " + tag(), kern);
        money = createQuestion(family, "Schulden.", List.of("FINANCES"));
        school = createQuestion(family, "Schoolverzuim.", List.of("SCHOOL"));
    }

    @Test
    void suggestions_cover_the_domains_and_spread_over_organisations() {
        var finances = expertise("Tent geldzaken " + tag(), List.of("FINANCES"), null);
        var education = expertise("Tent onderwijs " + tag(), List.of("SCHOOL"), null);
        var big = organisation("Grote Zorg " + tag());
        var small = organisation("Kleine Zorg " + tag());
        var other = organisation("Derde Zorg " + tag());
        var bigOnes = List.of(
                professional("Tent A " + tag(), "FIRST_LINE", 3, big, kern, List.of(finances, education)),
                professional("Tent B " + tag(), "FIRST_LINE", 3, big, kern, List.of(finances, education)),
                professional("Tent C " + tag(), "FIRST_LINE", 3, big, kern, List.of(finances, education)),
                professional("Tent D " + tag(), "FIRST_LINE", 3, big, kern, List.of(finances, education)));
        var schoolOnly = professional("Tent E " + tag(), "FIRST_LINE", 2, small, municipality, List.of(education));
        var full = professional("Tent F " + tag(), "SPECIALIST", 0, other, kern, List.of(finances));

        var response = graphQl.documentName("suggestTentParticipants")
                .variable("helpQuestionIds", List.of(money, school)).variable("size", 10).execute();
        response.path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class)
                .containsExactly(bigOnes.get(0), bigOnes.get(1), schoolOnly, full)
                // the domain, capacity and kern points (32, 10, 8, 5) plus what the terms these questions need add: that part
                // depends on how many terms of these life domains other tests left in the shared database
                .path("suggestTentParticipants.suggestions[*].score").entityList(Integer.class).satisfies(scores -> {
                    assertThat(scores).isSortedAccordingTo(Comparator.reverseOrder());
                    assertThat(scores.get(0)).isGreaterThanOrEqualTo(32);
                    assertThat(scores.get(3)).isGreaterThanOrEqualTo(5);
                })
                .path("suggestTentParticipants.suggestions[0].coveredLifeDomains").entityList(String.class)
                .containsExactly("FINANCES", "SCHOOL")
                .path("suggestTentParticipants.suggestions[0].reasons").entityList(String.class).contains(
                        "Brengt expertise in die nog ontbrak: Financiën, Onderwijs", "Heeft ruimte voor nieuwe gezinnen (3 plekken)")
                .path("suggestTentParticipants.suggestions[1].reasons").entityList(String.class)
                .satisfies(reasons -> assertThat(reasons).anySatisfy(reason ->
                        assertThat(reason).startsWith("Deelnemer 2 van Grote Zorg").endsWith("(maximaal 2 per organisatie)")))
                .path("suggestTentParticipants.uncoveredLifeDomains").entityList(String.class).hasSize(0)
                .path("suggestTentParticipants.maxPerOrganisation").entity(Integer.class).isEqualTo(2);
        // the same data gives the same tent
        graphQl.documentName("suggestTentParticipants")
                .variable("helpQuestionIds", List.of(school, money)).variable("size", 10).execute()
                .path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class)
                .containsExactly(bigOnes.get(0), bigOnes.get(1), schoolOnly, full);
        graphQl.documentName("suggestTentParticipants")
                .variable("helpQuestionIds", List.of(money, school)).variable("size", 1).execute()
                .path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class).containsExactly(bigOnes.get(0));
        assertThat(auditEvents(family, "SEARCH", "TentParticipantSuggestions", "SUCCESS")).isEqualTo(3);
    }

    @Test
    void the_questions_needs_count_first_with_reasons_naming_the_term() {
        var reading = createQuestion(family, "Ons kind van 10 heeft veel moeite met lezen en spellen", List.of("SCHOOL"));
        var dyslexia = neo4j.query("MATCH (e:Expertise {name: 'Leerproblemen en dyslexie'}) RETURN e.id")
                .fetchAs(String.class).one().orElseThrow();
        var schoolTerm = expertise("Tent schoolzaken " + tag(), List.of("SCHOOL"), null);
        // in the family's kern with more places, but with nothing for the need
        var domainOnly = professional("Tent H " + tag(), "FIRST_LINE", 3, organisation("Schoolhulp " + tag()), kern, List.of(schoolTerm));
        var specialist = professional("Tent I " + tag(), "SPECIALIST", 1, organisation("Leerhulp " + tag()), municipality,
                List.of(dyslexia));

        graphQl.documentName("suggestTentParticipants").variable("helpQuestionIds", List.of(reading)).execute()
                .path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class)
                .containsExactly(specialist, domainOnly)
                .path("suggestTentParticipants.suggestions[0].coveredNeeds[*].name").entityList(String.class)
                .containsExactly("Leerproblemen en dyslexie")
                .path("suggestTentParticipants.suggestions[0].reasons[0]").entity(String.class)
                .isEqualTo("Richt zich op Leerproblemen en dyslexie, dat past bij 'lezen en spellen'")
                .path("suggestTentParticipants.suggestions[1].coveredNeeds").entityList(Object.class).hasSize(0)
                // (other tests' terms in the shared database may be needs of the text too)
                .path("suggestTentParticipants.uncoveredNeeds[*].name").entityList(String.class)
                .satisfies(names -> assertThat(names).doesNotContain("Leerproblemen en dyslexie"));
        graphQl.documentName("suggestTentParticipants").variable("helpQuestionIds", List.of(reading)).variable("size", 1).execute()
                .path("suggestTentParticipants.suggestions[*].professional.id").entityList(String.class).containsExactly(specialist);
    }

    @Test
    void uncovered_domains_are_named_when_no_professional_covers_them() {
        var finances = expertise("Tent alleen geld " + tag(), List.of("FINANCES"), null);
        professional("Tent G " + tag(), "FIRST_LINE", 1, organisation("Geldhulp " + tag()), kern, List.of(finances));
        graphQl.documentName("suggestTentParticipants").variable("helpQuestionIds", List.of(money, school)).execute()
                .path("suggestTentParticipants.suggestions").entityList(Object.class).hasSize(1)
                .path("suggestTentParticipants.uncoveredLifeDomains").entityList(String.class).containsExactly("SCHOOL");
    }

    @Test
    void bad_arguments_and_other_families_are_refused() {
        var otherFamily = familyIn("Gezin Ander Voorstel " + tag(), kern);
        var otherQuestion = createQuestion(otherFamily, "Andere vraag.", List.of("HOUSING"));
        assertError(List.of(), 10, "BAD_REQUEST", "helpQuestionIds: ");
        assertError(List.of("vraag-1"), 10, "BAD_REQUEST", "helpQuestionIds[0]: ");
        assertError(List.of(money), 0, "BAD_REQUEST", "size: ");
        assertError(List.of(money), 21, "BAD_REQUEST", "size: ");
        assertError(List.of(money, otherQuestion), 10, "BAD_REQUEST", "helpQuestionIds: ");
        assertError(List.of(UUID.randomUUID().toString()), 10, "NOT_FOUND", "helpQuestionIds: ");
        var stranger = in(municipality, Role.PROFESSIONAL, professional("Vreemde " + tag(), false));
        stranger.documentName("suggestTentParticipants").variable("helpQuestionIds", List.of(money)).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND")));
        in(municipality, Role.MUNICIPALITY, null).documentName("suggestTentParticipants")
                .variable("helpQuestionIds", List.of(money)).execute().errors()
                .satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
    }

    private void assertError(List<String> questionIds, int size, String type, String messageStart) {
        graphQl.documentName("suggestTentParticipants").variable("helpQuestionIds", questionIds).variable("size", size).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.getErrorType().toString()).isEqualTo(type);
                    assertThat(error.getMessage()).startsWith(messageStart);
                }));
    }
}
