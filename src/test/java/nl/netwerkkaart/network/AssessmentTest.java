package nl.netwerkkaart.network;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTest extends NetworkTestSupport {

    private static Map<String, Object> score(String domain, int score, int own, int network, int professional) {
        return Map.of("lifeDomain", domain, "score", score, "ownStrength", own, "network", network, "professional", professional);
    }

    private void record(String family, String date, List<Map<String, Object>> scores) {
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", date, "scores", scores)).execute()
                .path("recordAssessment.userErrors").entityList(Object.class).hasSize(0);
    }

    @Test
    void assessments_are_recorded_and_the_trend_lists_each_domains_scores_over_time() {
        var family = createFamily("Gezin Zelfredzaam " + tag());
        var child = addMember(family, "Jip", "CHILD", false);
        record(family, daysAgo(10), List.of(score("SOCIAL_NETWORK", 3, 40, 40, 20), score("FINANCES", 2, 20, 10, 70)));
        record(family, daysAgo(100), List.of(score("FINANCES", 1, 10, 0, 90)));
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "personId", child, "date", daysAgo(5),
                        "scores", List.of(score("SCHOOL", 4, 60, 20, 20)))).execute()
                .path("recordAssessment.assessment").matchesJson("""
                        {"familyId": "%s", "personId": "%s", "date": "%s",
                         "scores": [{"lifeDomain": "SCHOOL", "score": 4, "ownStrength": 60, "network": 20, "professional": 20}]}"""
                        .formatted(family, child, daysAgo(5)));

        graphQl.documentName("selfRelianceTrend").variable("familyId", family).execute()
                .path("selfRelianceTrend.assessments[*].date").entityList(String.class).containsExactly(daysAgo(100), daysAgo(10))
                .path("selfRelianceTrend.assessments[1].scores[*].lifeDomain").entityList(String.class).containsExactly("FINANCES", "SOCIAL_NETWORK")
                .path("selfRelianceTrend.domains").matchesJson("""
                        [{"lifeDomain": "FINANCES", "name": "Financiën",
                          "points": [{"date": "%s", "score": 1, "professional": 90}, {"date": "%s", "score": 2, "professional": 70}]},
                         {"lifeDomain": "SOCIAL_NETWORK", "name": "Sociaal netwerk", "points": [{"date": "%s", "score": 3}]}]"""
                        .formatted(daysAgo(100), daysAgo(10), daysAgo(10)));
        graphQl.documentName("selfRelianceTrend").variable("familyId", family).variable("personId", child).execute()
                .path("selfRelianceTrend.domains[*].lifeDomain").entityList(String.class).containsExactly("SCHOOL");
    }

    @Test
    void scores_out_of_range_shares_not_summing_to_100_future_dates_and_repeated_domains_are_refused() {
        var family = createFamily("Gezin Foute Meting " + tag());
        var outsider = addMember(createFamily("Gezin Buren " + tag()), "Buur", "PARENT", true);
        var before = graphSize();

        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", today().plusDays(1).toString(),
                        "scores", List.of(score("FINANCES", 6, 50, 50, 0), score("HOUSING", 3, 50, 30, 30), score("FINANCES", 0, 100, 0, 0))))
                .execute()
                .path("recordAssessment.assessment").valueIsNull()
                .path("recordAssessment.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(
                        "input.date", "input.scores[0].score", "input.scores[1]", "input.scores[2].lifeDomain", "input.scores[2].score"));
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1),
                        "scores", List.of(score("FINANCES", 3, -10, 110, 0)))).execute()
                .path("recordAssessment.userErrors[*].field").entityList(String.class).satisfies(list -> assertThat(list).containsExactlyInAnyOrder(
                        "input.scores[0].ownStrength", "input.scores[0].network"));
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1), "scores", List.of())).execute()
                .path("recordAssessment.userErrors").matchesJson("[{\"field\": \"input.scores\", \"code\": \"INVALID\"}]");
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "personId", outsider, "date", daysAgo(1),
                        "scores", List.of(score("FINANCES", 3, 100, 0, 0)))).execute()
                .path("recordAssessment.userErrors").matchesJson("[{\"field\": \"input.personId\", \"code\": \"INVALID\"}]");
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", UUID.randomUUID().toString(), "personId", "kind-1",
                        "date", daysAgo(1), "scores", List.of(score("FINANCES", 3, 100, 0, 0)))).execute()
                .path("recordAssessment.userErrors").matchesJson("""
                        [{"field": "input.familyId", "code": "NOT_FOUND"}, {"field": "input.personId", "code": "INVALID"}]""");
        graphQl.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1),
                        "scores", List.of(score("HAPPINESS", 3, 100, 0, 0)))).execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        assertThat(graphSize()).isEqualTo(before);
    }

    @Test
    void only_the_coach_records_and_a_professional_needs_the_network_map_consent_to_read_the_trend() {
        var family = createFamily("Gezin Meting Toegang " + tag());
        record(family, daysAgo(3), List.of(score("HOUSING", 4, 80, 20, 0)));
        var other = as(Role.COACH, professional("Andere coach " + tag(), true));
        var stranger = as(Role.PROFESSIONAL, professional("Professional " + tag(), false));
        var before = graphSize();

        other.documentName("recordAssessment").variable("input", Map.of("familyId", family, "date", daysAgo(1),
                        "scores", List.of(score("HOUSING", 4, 80, 20, 0)))).execute()
                .path("recordAssessment.userErrors").matchesJson("[{\"field\": \"input.familyId\", \"code\": \"NOT_FOUND\"}]");
        other.documentName("selfRelianceTrend").variable("familyId", family).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())).verify()
                .path("selfRelianceTrend").valueIsNull();
        stranger.documentName("selfRelianceTrend")
                .variable("familyId", family).execute()
                .errors().expect(error -> "NOT_FOUND".equals(error.getErrorType().toString())).verify();
        as(Role.MUNICIPALITY, null).documentName("selfRelianceTrend").variable("familyId", family).execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();

        assertThat(graphSize()).isEqualTo(before);
        assertThat(auditEvents(family, "CREATE", "Assessment", "SUCCESS")).isEqualTo(1);
        assertThat(auditEvents(family, "CREATE", "Assessment", "DENIED")).isEqualTo(1);
        assertThat(auditEvents(family, "READ", "SelfRelianceTrend", "DENIED")).isEqualTo(2);
    }
}
