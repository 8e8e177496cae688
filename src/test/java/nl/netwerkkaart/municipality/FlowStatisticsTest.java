package nl.netwerkkaart.municipality;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FlowStatisticsTest extends MunicipalityTestSupport {

    private String municipality;

    /**
     * One consenting family in a fresh municipality: six questions raised on 10 January (five matched in the
     * community after 1, 2, 3, 4 and 8 days, started after 5 to 9 days, closed on 15 March: four helped, one no
     * klik), six on 10 February (matched first-line after 2 days). ZRM: the family and four members scored twice on
     * FINANCES. A family without a statistics consent adds questions and matches that must not count.
     */
    @BeforeEach
    void fixtures() {
        municipality = municipality("Gemeente Stroom");
        var kern = kern(municipality, "Stroomdorp", 51.2, 5.9);
        var coach = coach();
        var family = consentingFamily(kern, coach);
        var community = questions(family, 5, List.of("FINANCES"), "2026-01-10T10:00:00+01:00", "2026-03-15T10:00:00+01:00");
        var matchDays = List.of(1, 2, 3, 4, 8);
        var outcomes = List.of("HELPED", "HELPED", "HELPED", "HELPED", "NO_CLICK");
        for (int i = 0; i < community.size(); i++) {
            match(community.get(i), "COMMUNITY", "2026-01-%02dT10:00:00+01:00".formatted(10 + matchDays.get(i)),
                    "2026-01-%02dT10:00:00+01:00".formatted(15 + i), "2026-03-15T10:00:00+01:00", outcomes.get(i));
        }
        questions(family, 1, List.of("FINANCES"), "2026-01-10T10:00:00+01:00", null);
        for (var question : questions(family, 6, List.of("PARENTING"), "2026-02-10T10:00:00+01:00", null)) {
            match(question, "FIRST_LINE", "2026-02-12T10:00:00+01:00", null, null, null);
        }
        assessment(family, null, "2025-06-01", Map.of("FINANCES", 5));
        assessment(family, null, "2026-01-05", Map.of("FINANCES", 2, "PARENTING", 3));
        assessment(family, null, "2026-03-20", Map.of("FINANCES", 4));
        for (int i = 0; i < 4; i++) {
            var member = member(family);
            assessment(family, member, "2026-01-06", Map.of("FINANCES", 2));
            assessment(family, member, "2026-03-21", Map.of("FINANCES", 3));
        }

        var withoutConsent = family(kern, coach, List.of("SHARE_WITH_TENT"), "CURRENT");
        for (var question : questions(withoutConsent, 3, List.of("FINANCES"), "2026-01-10T10:00:00+01:00", "2026-02-20T10:00:00+01:00")) {
            match(question, "SPECIALIST", "2026-01-11T10:00:00+01:00", null, "2026-02-20T10:00:00+01:00", "HELPED");
        }
        assessment(withoutConsent, null, "2026-01-05", Map.of("FINANCES", 1));
        assessment(withoutConsent, null, "2026-03-05", Map.of("FINANCES", 1));
        neo4j.query("""
                        CREATE (:AnonymousStatistics {id: randomUUID(), areaId: $kern, year: 2025, erasedFamilies: 3, helpQuestions: 7})""")
                .bind(kern).to("kern").run();
    }

    @Test
    void inflow_throughflow_and_outflow_per_month_count_only_consenting_families() {
        graphQl.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", "2026-01-01").variable("to", "2026-03-31")
                .variable("granularity", "MONTH")
                .execute()
                .path("flowStatistics").matchesJson("""
                        {"municipalityId": "%s", "granularity": "MONTH", "minimumCellSize": 5,
                         "periods": [
                           {"label": "2026-01", "start": "2026-01-01", "end": "2026-01-31",
                            "inflow": {"value": 6, "suppressed": false}, "throughflow": {"value": 6, "suppressed": false},
                            "outflow": {"value": 0, "suppressed": false}},
                           {"label": "2026-02", "inflow": {"value": 6}, "throughflow": {"value": 12}, "outflow": {"value": 0}},
                           {"label": "2026-03", "end": "2026-03-31", "inflow": {"value": 0}, "throughflow": {"value": 7}, "outflow": {"value": 5}}],
                         "overall": {"label": "2026-01-01/2026-03-31", "inflow": {"value": 12}, "throughflow": {"value": 7},
                                     "outflow": {"value": 5}},
                         "erasedHelpQuestions": {"value": 0, "suppressed": false}}""".formatted(municipality));
    }

    @Test
    void times_to_match_and_start_are_medians_and_90th_percentiles_in_days() {
        graphQl.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", "2026-01-01").variable("to", "2026-03-31")
                .variable("granularity", "MONTH")
                .execute()
                .path("flowStatistics.periods[0].timeToMatch").matchesJson("""
                        {"count": {"value": 5, "suppressed": false}, "medianDays": 3.0, "percentile90Days": 6.4}""")
                .path("flowStatistics.periods[0].timeToStart").matchesJson("""
                        {"count": {"value": 5, "suppressed": false}, "medianDays": 7.0, "percentile90Days": 8.6}""")
                .path("flowStatistics.periods[1].timeToMatch").matchesJson("""
                        {"count": {"value": 6}, "medianDays": 2.0, "percentile90Days": 2.0}""")
                .path("flowStatistics.periods[1].timeToStart").matchesJson("""
                        {"count": {"value": 0, "suppressed": false}, "medianDays": null, "percentile90Days": null}""")
                .path("flowStatistics.overall.timeToMatch").matchesJson("""
                        {"count": {"value": 11}, "medianDays": 2.0, "percentile90Days": 4.0}""");
    }

    @Test
    void matches_are_shared_over_the_ladder_steps_and_small_outcome_counts_are_suppressed_with_their_total() {
        graphQl.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", "2026-01-01").variable("to", "2026-03-31")
                .variable("granularity", "MONTH")
                .execute()
                .path("flowStatistics.periods[0].ladderSteps").matchesJson("""
                        [{"ladderStep": "NETWORK", "matches": {"value": 0, "suppressed": false}, "share": 0.0},
                         {"ladderStep": "COMMUNITY", "matches": {"value": 5, "suppressed": false}, "share": 1.0},
                         {"ladderStep": "FIRST_LINE", "matches": {"value": 0}, "share": 0.0},
                         {"ladderStep": "SPECIALIST", "matches": {"value": 0}, "share": 0.0}]""")
                .path("flowStatistics.periods[0].normalisingShare").entity(Double.class).isEqualTo(1.0)
                .path("flowStatistics.periods[1].normalisingShare").entity(Double.class).isEqualTo(0.0)
                .path("flowStatistics.periods[2].normalisingShare").valueIsNull()
                .path("flowStatistics.overall.confirmedMatches").matchesJson("""
                        {"value": 11, "suppressed": false}""")
                .path("flowStatistics.overall.ladderSteps[1].share").entity(Double.class).isEqualTo(0.45)
                .path("flowStatistics.overall.ladderSteps[2].share").entity(Double.class).isEqualTo(0.55)
                .path("flowStatistics.overall.normalisingShare").entity(Double.class).isEqualTo(0.45)
                // with 5 closed shown, the hidden HELPED 4 and NO_CLICK 1 would both be shown to be below 5
                .path("flowStatistics.periods[2].closedMatches").matchesJson("""
                        {"value": null, "suppressed": true}""")
                .path("flowStatistics.periods[2].outcomes").matchesJson("""
                        [{"outcome": "HELPED", "matches": {"value": null, "suppressed": true}},
                         {"outcome": "REFERRED", "matches": {"value": 0, "suppressed": false}},
                         {"outcome": "NO_CLICK", "matches": {"value": null, "suppressed": true}},
                         {"outcome": "NOT_REACHED", "matches": {"value": 0}},
                         {"outcome": "NOT_SUITABLE", "matches": {"value": 0}},
                         {"outcome": "NO_CAPACITY", "matches": {"value": 0}},
                         {"outcome": "NO_LONGER_NEEDED", "matches": {"value": 0}}]""");
    }

    @Test
    void zrm_scores_change_between_the_first_and_latest_assessment_in_the_range() {
        graphQl.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", "2026-01-01").variable("to", "2026-03-31")
                .variable("granularity", "QUARTER")
                .execute()
                .path("flowStatistics.zrmChanges").matchesJson("""
                        [{"lifeDomain": "FINANCES", "subjects": {"value": 5, "suppressed": false}, "averageChange": 1.2,
                          "improved": {"value": 5, "suppressed": false}, "unchanged": {"value": 0, "suppressed": false},
                          "worsened": {"value": 0, "suppressed": false}}]""");
    }

    @Test
    void quarters_include_what_erased_families_left_for_whole_years_and_suppress_a_small_stock() {
        var response = graphQl.documentName("flowStatistics")
                .variable("municipalityId", municipality).variable("from", "2025-01-01").variable("to", "2026-03-31")
                .variable("granularity", "QUARTER")
                .execute();
        response.path("flowStatistics.periods[*].label").entityList(String.class)
                .containsExactly("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1")
                .path("flowStatistics.periods[4]").matchesJson("""
                        {"start": "2026-01-01", "end": "2026-03-31", "inflow": {"value": 12}, "throughflow": {"value": 7},
                         "outflow": {"value": 5}}""")
                .path("flowStatistics.erasedHelpQuestions").matchesJson("""
                        {"value": 7, "suppressed": false}""")
                .path("flowStatistics.erasedFamilies").matchesJson("""
                        {"value": null, "suppressed": true}""");
        assertThat(response.path("flowStatistics.zrmChanges").entityList(Object.class).get())
                .as("the assessment of June 2025 is now the first one: 5 to 4 for the family").hasSize(1);
    }
}
