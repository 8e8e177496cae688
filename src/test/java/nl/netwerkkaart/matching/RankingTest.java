package nl.netwerkkaart.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingTest extends MatchingTestSupport {

    private List<String> ranked(String questionId) {
        return graphQl.documentName("matchProfessionals").variable("helpQuestionId", questionId).variable("first", 100)
                .execute().path("matchProfessionals[*].professional.id").entityList(String.class).get();
    }

    @Test
    void a_professional_without_capacity_ranks_below_an_equal_one_with_capacity() {
        var care = expertise("Persoonlijke verzorging", List.of("BASIC_ADL"), null);
        var full = professional("Aafke Vol", "FIRST_LINE", 0, List.of(care), kern);
        var free = professional("Zeger Ruim", "FIRST_LINE", 2, List.of(care), kern);
        var question = createQuestion(family("Gezin Capaciteit"), NEUTRAL, List.of("BASIC_ADL"));

        assertThat(ranked(question)).containsExactly(free, full);
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals[1].scoreParts[3]").matchesJson("""
                        {"criterion": "CAPACITY", "points": 3.0, "maximum": 10.0, "reason": "Geen plaats vrij"}""")
                .path("matchProfessionals[0].scoreParts[3]").matchesJson("""
                        {"criterion": "CAPACITY", "points": 10.0, "reason": "2 plaatsen vrij en neemt nieuwe cliënten aan"}""");
    }

    @Test
    void exact_beats_narrower_beats_broader_beats_same_life_domain_only() {
        var general = expertise("Algemene zorg", List.of("BASIC_ADL", "PHYSICAL_HEALTH"), null);
        var exact = expertise("Dagelijkse verzorging", List.of("BASIC_ADL"), general);
        var narrower = expertise("Verzorging en huishouden", List.of("BASIC_ADL", "INSTRUMENTAL_ADL"), exact);
        var aside = expertise("Verzorging in detentie", List.of("BASIC_ADL", "JUSTICE"), null);
        // names against the expected order, so only the expertise can put them in it
        var withAside = professional("Anna Zijpad", "FIRST_LINE", 2, List.of(aside), kern);
        var withBroader = professional("Bert Breed", "FIRST_LINE", 2, List.of(general), kern);
        var withNarrower = professional("Cor Smal", "FIRST_LINE", 2, List.of(narrower), kern);
        var withExact = professional("Dirk Precies", "FIRST_LINE", 2, List.of(exact), kern);
        var question = createQuestion(family("Gezin Taxonomie"), NEUTRAL, List.of("BASIC_ADL"));

        assertThat(ranked(question)).containsExactly(withExact, withNarrower, withBroader, withAside);
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals[*].expertiseFit").entityList(String.class)
                .containsExactly("EXACT", "NARROWER", "BROADER", "SAME_DOMAIN")
                .path("matchProfessionals[0].scoreParts[0]").matchesJson("{\"criterion\": \"EXPERTISE_FIT\", \"points\": 22.5}")
                .path("matchProfessionals[1].scoreParts[0].reason").entity(String.class)
                .satisfies(reason -> assertThat(reason).startsWith("Expertise Verzorging en huishouden").contains("specialisatie"));
    }

    @Test
    void a_professional_the_family_declined_is_not_proposed_again() {
        var debt = expertise("Schuldregeling", List.of("FINANCES"), null);
        var noClick = professional("Geen Klik", "SPECIALIST", 3, List.of(debt), kern);
        var unsuitable = professional("Niet Passend", "SPECIALIST", 3, List.of(debt), kern);
        var unreached = professional("Niet Bereikt", "SPECIALIST", 3, List.of(debt), kern);
        var family = family("Gezin Afgewezen");
        var first = createQuestion(family, "Schulden.", List.of("FINANCES"));
        close(propose(first, noClick), "NO_CLICK");
        close(propose(first, unsuitable), "NOT_SUITABLE");
        close(propose(first, unreached), "NOT_REACHED");
        var later = createQuestion(family, "Nieuwe aanmaningen.", List.of("FINANCES"));

        assertThat(ranked(later)).containsExactly(unreached);
        var otherFamily = createQuestion(family("Gezin Ander"), "Schulden.", List.of("FINANCES"));
        assertThat(ranked(otherFamily)).containsExactlyInAnyOrder(noClick, unsuitable, unreached);
    }

    @Test
    void equal_scores_are_ordered_by_name_then_id() {
        var care = expertise("Verzorging gelijk", List.of("BASIC_ADL"), null);
        var bakker = professional("Bakker", "FIRST_LINE", 1, List.of(care), kern);
        var aarts1 = professional("Aarts", "FIRST_LINE", 1, List.of(care), kern);
        var aarts2 = professional("Aarts", "FIRST_LINE", 1, List.of(care), kern);
        var question = createQuestion(family("Gezin Gelijk"), NEUTRAL, List.of("BASIC_ADL"));
        var aarts = aarts1.compareTo(aarts2) < 0 ? List.of(aarts1, aarts2) : List.of(aarts2, aarts1);

        assertThat(ranked(question)).containsExactly(aarts.get(0), aarts.get(1), bakker);
        assertThat(ranked(question)).as("the same every time").containsExactly(aarts.get(0), aarts.get(1), bakker);
    }

    @Test
    void every_score_part_is_shown_with_a_dutch_reason() {
        var care = expertise("Verzorging uitleg", List.of("BASIC_ADL"), null);
        var elsewhere = kern("Andere kern " + tag());
        var professional = professional("Samira Uitleg", "SPECIALIST", 1, true, List.of("ar", "nl"), List.of(care), kern);
        professional("Verre Collega", "SPECIALIST", 1, true, List.of("de"), List.of(care), elsewhere);
        var helped = createQuestion(family("Gezin Eerder"), "Verzorging.", List.of("BASIC_ADL"));
        var earlier = propose(helped, professional);
        confirm(earlier);
        close(earlier, "HELPED");
        var family = family("Gezin Uitleg");
        addMember(member(family, "Rania", List.of("ar")));
        var question = createQuestion(family, NEUTRAL, List.of("BASIC_ADL", "SOCIAL_NETWORK"));
        confirmNeeds(question, List.of("BASIC_ADL", "SOCIAL_NETWORK"), List.of(care));

        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).variable("first", 1).execute()
                .path("matchProfessionals").entityList(Object.class).hasSize(1)
                .path("matchProfessionals[0]").matchesJson("""
                        {"professional": {"id": "%s"}, "score": 91.67, "expertiseFit": "EXACT", "coveredLifeDomains": ["BASIC_ADL"],
                         "scoreParts": [
                           {"criterion": "EXPERTISE_FIT", "points": 45.0, "maximum": 45.0},
                           {"criterion": "NEED_COVERAGE", "points": 10.0, "maximum": 10.0},
                           {"criterion": "DOMAIN_COVERAGE", "points": 5.0, "maximum": 10.0, "reason": "Dekt 1 van de 2 leefdomeinen: Basale ADL"},
                           {"criterion": "CAPACITY", "points": 10.0, "maximum": 10.0, "reason": "1 plaats vrij en neemt nieuwe cliënten aan"},
                           {"criterion": "AREA", "points": 10.0, "maximum": 10.0},
                           {"criterion": "LANGUAGE", "points": 5.0, "maximum": 5.0, "reason": "Spreekt een taal van het gezin: ar"},
                           {"criterion": "TRACK_RECORD", "points": 6.67, "maximum": 10.0, "reason": "Eerdere matches op deze leefdomeinen: 1 van de 1 geholpen"}
                         ]}""".formatted(professional))
                .path("matchProfessionals[0].reasons").entityList(String.class)
                .contains("Werkt in " + kernName() + ", waar het gezin woont")
                .satisfies(reasons -> assertThat(reasons.get(0)).matches("Expertise Verzorging uitleg \\S+ past bij de bevestigde behoefte Verzorging uitleg \\S+"));
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals[1].scoreParts[*].reason").entityList(String.class)
                .contains("Werkt niet in de kern waar het gezin woont", "Spreekt geen van de talen van het gezin",
                        "Nog geen afgesloten matches op deze leefdomeinen (neutraal)");
    }

    /** A text from which no need can be read, so the ranking falls back on the life domains. */
    static final String NEUTRAL = "Zie de bijlage.";

    /** Confirms {@code expertiseIds} as the question's needs. */
    private void confirmNeeds(String question, List<String> lifeDomains, List<String> expertiseIds) {
        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", question, "text", NEUTRAL, "lifeDomains", lifeDomains, "status", "OPEN",
                        "neededExpertiseIds", expertiseIds))
                .execute().path("updateHelpQuestion.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void a_professional_who_fits_a_need_ranks_above_everyone_who_does_not() {
        var reading = expertise("Leesbegeleiding", List.of("SCHOOL"), null);
        var school = expertise("Schoolzaken", List.of("SCHOOL"), null);
        // the one who does not fit has every practical advantage
        var fits = professional("Zeno Lezen", "SPECIALIST", 0, false, List.of("de"), List.of(reading), kern("Verweg " + tag()));
        var other = professional("Anna School", "FIRST_LINE", 5, List.of(school), kern);
        var question = createQuestion(family("Gezin Behoefte"), NEUTRAL, List.of("SCHOOL"));
        confirmNeeds(question, List.of("SCHOOL"), List.of(reading));

        assertThat(ranked(question)).containsExactly(fits, other);
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals[1].expertiseFit").entity(String.class).isEqualTo("SAME_DOMAIN")
                .path("matchProfessionals[1].score").entity(Double.class).isEqualTo(10.0)
                .path("matchProfessionals[1].scoreParts[3].reason").entity(String.class)
                .isEqualTo("5 plaatsen vrij en neemt nieuwe cliënten aan (telt niet mee: past bij geen behoefte)")
                .path("matchProfessionals[0].score").entity(Double.class).satisfies(score -> assertThat(score).isGreaterThan(10.0));
    }

    @Test
    void the_needs_read_from_the_text_name_the_words_that_led_to_them() {
        var question = createQuestion(family("Gezin Lezen"), "Ons kind van 10 heeft veel moeite met lezen en spellen",
                List.of("SCHOOL", "CHILD_DEVELOPMENT"));
        var dyslexia = neo4j.query("MATCH (e:Expertise {name: 'Leerproblemen en dyslexie'}) RETURN e.id")
                .fetchAs(String.class).one().orElseThrow();
        var remedial = professional("Remedial Teacher", "SPECIALIST", 2, List.of(dyslexia), kern);

        graphQl.document("""
                        query ($id: ID!) { helpQuestion(id: $id) { suggestedExpertises { expertise { name } words confirmed } neededExpertises { id } } }""")
                .variable("id", question).execute()
                .path("helpQuestion.suggestedExpertises[0]").matchesJson("""
                        {"expertise": {"name": "Leerproblemen en dyslexie"}, "words": ["lezen", "spellen"], "confirmed": false}""")
                .path("helpQuestion.neededExpertises").entityList(Object.class).hasSize(0);
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals[0].professional.id").entity(String.class).isEqualTo(remedial)
                .path("matchProfessionals[0].scoreParts[0].reason").entity(String.class)
                .isEqualTo("Expertise Leerproblemen en dyslexie past bij 'lezen en spellen'");
        graphQl.document("""
                        query { suggestExpertises(text: "Hij blowt elke dag", lifeDomains: [SUBSTANCE_USE]) { expertise { name } words } }""")
                .execute().path("suggestExpertises[0]").matchesJson("""
                        {"expertise": {"name": "Middelengebruik jongeren"}, "words": ["blowt"]}""");
    }

    @Test
    void confirmed_needs_are_checked() {
        var family = family("Gezin Bevestigd");
        var unknown = UUID.randomUUID().toString();
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", NEUTRAL, "lifeDomains", List.of("SCHOOL"),
                        "neededExpertiseIds", List.of(unknown)))
                .execute()
                .path("createHelpQuestion.helpQuestion").valueIsNull()
                .path("createHelpQuestion.userErrors[0]").matchesJson("""
                        {"field": "input.neededExpertiseIds", "code": "NOT_FOUND"}""");
        var term = expertise("Bevestigd", List.of("SCHOOL"), null);
        graphQl.documentName("createHelpQuestion")
                .variable("input", Map.of("familyId", family, "text", NEUTRAL, "lifeDomains", List.of("SCHOOL"),
                        "neededExpertiseIds", List.of(term, term)))
                .execute()
                .path("createHelpQuestion.userErrors[0]").matchesJson("""
                        {"field": "input.neededExpertiseIds[1]", "code": "INVALID"}""");
        var question = createQuestion(family, NEUTRAL, List.of("SCHOOL"));
        confirmNeeds(question, List.of("SCHOOL"), List.of(term));
        graphQl.document("query ($id: ID!) { helpQuestion(id: $id) { neededExpertises { id } } }").variable("id", question).execute()
                .path("helpQuestion.neededExpertises[*].id").entityList(String.class).containsExactly(term);
    }

    private String kernName() {
        return neo4j.query("MATCH (k:Area {id: $id}) RETURN k.name").bind(kern).to("id").fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void the_ranking_is_for_who_may_read_the_family_and_its_arguments_are_checked() {
        var question = createQuestion(family("Gezin Ranking Toegang"), "Verzorging.", List.of("BASIC_ADL"));
        var outsider = as(Role.PROFESSIONAL, municipality, professional("Buitenstaander", "FIRST_LINE", 1, List.of(), kern));

        outsider.documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .path("matchProfessionals").entityList(Object.class).hasSize(0);
        assertThat(neo4j.query("""
                        MATCH (e:AuditEvent {familyId: $family}) WHERE e.outcome = 'DENIED' AND 'HelpQuestion' IN e.objectTypes
                        RETURN count(e)""").bind(familyOf(question)).to("family").fetchAs(Long.class).one().orElseThrow())
                .isEqualTo(1);
        as(Role.MUNICIPALITY, municipality, null).documentName("matchProfessionals").variable("helpQuestionId", question).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", "vraag-1").execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).isEqualTo("helpQuestionId: must be a UUID")));
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", question).variable("first", 101).execute()
                .errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getMessage()).startsWith("first: ")));
        graphQl.documentName("matchProfessionals").variable("helpQuestionId", UUID.randomUUID().toString()).execute()
                .path("matchProfessionals").entityList(Object.class).hasSize(0);
    }

    private String familyOf(String questionId) {
        return neo4j.query("MATCH (f:Family)-[:RAISED]->(:HelpQuestion {id: $id}) RETURN f.id")
                .bind(questionId).to("id").fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void the_minimal_team_covers_every_domain_with_the_fewest_people_and_names_what_is_missing() {
        var care = expertise("Team verzorging", List.of("BASIC_ADL"), null);
        var justice = expertise("Team justitie", List.of("JUSTICE"), null);
        var addiction = expertise("Team verslaving", List.of("SUBSTANCE_USE"), null);
        var safety = expertise("Team veiligheid", List.of("SAFETY"), null);
        var allRounder = professional("Alleskunner", "SPECIALIST", 1, List.of(care, justice, addiction), kern);
        var guard = professional("Veiligheidscoach", "FIRST_LINE", 2, List.of(safety), kern);
        professional("Verzorger", "FIRST_LINE", 5, List.of(care), kern);
        professional("Jurist", "SPECIALIST", 5, List.of(justice), kern);
        professional("Vol Maar Breed", "SPECIALIST", 0, List.of(care, justice, addiction, safety), kern);
        professional("Niet Aannemend", "SPECIALIST", 4, false, List.of("nl"), List.of(care, justice, addiction, safety), kern);
        var family = family("Gezin Complex");
        createQuestion(family, NEUTRAL, List.of("BASIC_ADL", "JUSTICE"));
        createQuestion(family, NEUTRAL, List.of("SUBSTANCE_USE", "SAFETY"));
        var housing = createQuestion(family, NEUTRAL, List.of("HOUSING"));

        graphQl.documentName("minimalTeam").variable("familyId", family).execute()
                .path("minimalTeam.complete").entity(Boolean.class).isEqualTo(false)
                .path("minimalTeam.missingLifeDomains").entityList(String.class).containsExactly("HOUSING")
                .path("minimalTeam.lifeDomains").entityList(String.class)
                .satisfies(domains -> assertThat(domains).containsExactlyInAnyOrder("BASIC_ADL", "JUSTICE", "SUBSTANCE_USE", "SAFETY", "HOUSING"))
                .path("minimalTeam.members[*].professional.id").entityList(String.class).containsExactly(allRounder, guard)
                .path("minimalTeam.members[0].covers").entityList(String.class)
                .satisfies(covers -> assertThat(covers).containsExactlyInAnyOrder("BASIC_ADL", "JUSTICE", "SUBSTANCE_USE"))
                .path("minimalTeam.members[1].covers").entityList(String.class).containsExactly("SAFETY");

        graphQl.documentName("updateHelpQuestion")
                .variable("input", Map.of("id", housing, "text", "Woning.", "lifeDomains", List.of("HOUSING"), "status", "CLOSED"))
                .execute().path("updateHelpQuestion.userErrors").entityList(Object.class).hasSize(0);
        graphQl.documentName("minimalTeam").variable("familyId", family).execute()
                .path("minimalTeam").matchesJson("{\"complete\": true, \"missingLifeDomains\": []}")
                .path("minimalTeam.members").entityList(Object.class).hasSize(2);
    }

    @Test
    void the_minimal_team_covers_the_needs_of_the_open_questions() {
        var reading = expertise("Team lezen", List.of("SCHOOL"), null);
        var school = expertise("Team school", List.of("SCHOOL"), null);
        var generalist = professional("Aa Algemeen", "FIRST_LINE", 5, List.of(school), kern);
        var specialist = professional("Zz Leesspecialist", "SPECIALIST", 1, List.of(reading), kern);
        var question = createQuestion(family("Gezin Team Behoefte"), NEUTRAL, List.of("SCHOOL"));
        confirmNeeds(question, List.of("SCHOOL"), List.of(reading));

        graphQl.document("""
                        query ($id: ID!) { minimalTeam(familyId: $id) { complete needs { id } missingNeeds { id }
                          members { professional { id } covers coversNeeds { id } } } }""")
                .variable("id", familyOf(question)).execute()
                .path("minimalTeam.complete").entity(Boolean.class).isEqualTo(true)
                .path("minimalTeam.needs[*].id").entityList(String.class).containsExactly(reading)
                .path("minimalTeam.members[*].professional.id").entityList(String.class).containsExactly(specialist)
                .path("minimalTeam.members[0].coversNeeds[*].id").entityList(String.class).containsExactly(reading);
        assertThat(generalist).isNotNull();
    }

    @Test
    void the_minimal_team_of_an_unknown_or_unreadable_family_is_not_found() {
        var family = family("Gezin Team Toegang");
        var outsider = as(Role.COACH, municipality, professional("Andere coach " + tag(), true));

        for (var attempt : List.of(graphQl.documentName("minimalTeam").variable("familyId", UUID.randomUUID().toString()),
                outsider.documentName("minimalTeam").variable("familyId", family))) {
            attempt.execute()
                    .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())
                            && error.getMessage().startsWith("familyId: ")).verify()
                    .path("minimalTeam").valueIsNull();
        }
    }

    @Test
    void a_new_expertise_is_found_right_after_it_is_created_although_the_taxonomy_is_read_once() {
        var coach = demoAccount("coach");
        var word = "Kwispelvrees" + tag().replaceAll("[^A-Za-z]", "").toLowerCase();
        var text = "Onze zoon heeft last van " + word.toLowerCase();
        // the taxonomy is read (and kept) before the term exists
        coach.document("query ($text: String!) { suggestExpertises(text: $text, lifeDomains: []) { expertise { name } } }")
                .variable("text", text).execute().path("suggestExpertises").entityList(Object.class).hasSize(0);
        var created = demoAccount("admin").document("""
                        mutation ($input: CreateExpertiseInput!) { createExpertise(input: $input) { expertise { id } userErrors { message } } }""")
                .variable("input", Map.of("name", word, "description", "Testterm", "lifeDomains", List.of("MENTAL_HEALTH"),
                        "broaderIds", List.of()))
                .execute().path("createExpertise.expertise.id").entity(String.class).get();
        coach.document("query ($text: String!) { suggestExpertises(text: $text, lifeDomains: []) { expertise { id } } }")
                .variable("text", text).execute().path("suggestExpertises[*].expertise.id").entityList(String.class).contains(created);
        // and is gone right after it is deleted
        demoAccount("admin").document("mutation ($id: ID!) { deleteExpertise(input: {id: $id}) { userErrors { message } } }")
                .variable("id", created).execute().path("deleteExpertise.userErrors").entityList(Object.class).hasSize(0);
        coach.document("query ($text: String!) { suggestExpertises(text: $text, lifeDomains: []) { expertise { id } } }")
                .variable("text", text).execute().path("suggestExpertises").entityList(Object.class).hasSize(0);
    }
}
