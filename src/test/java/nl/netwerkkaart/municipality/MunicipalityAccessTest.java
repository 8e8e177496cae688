package nl.netwerkkaart.municipality;

import java.util.List;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class MunicipalityAccessTest extends MunicipalityTestSupport {

    private String municipality;
    private String kern;

    @BeforeEach
    void fixtures() {
        municipality = municipality("Gemeente Toegang");
        kern = kern(municipality, "Toegangsdorp", 51.3, 5.8);
        questions(consentingFamily(kern, coach()), 6, List.of("SAFETY"), "2026-03-01T10:00:00+01:00", null);
    }

    private GraphQlTester.Response coverage(GraphQlTester client, String municipalityId) {
        return client.documentName("areaCoverage")
                .variable("municipalityId", municipalityId).variable("from", "2026-01-01").variable("to", "2026-06-30")
                .execute();
    }

    private GraphQlTester.Response gaps(GraphQlTester client, String municipalityId) {
        return client.documentName("gaps").variable("municipalityId", municipalityId).variable("to", "2026-06-30").execute();
    }

    private GraphQlTester.Response flow(GraphQlTester client, String municipalityId) {
        return client.documentName("flowStatistics")
                .variable("municipalityId", municipalityId).variable("from", "2026-01-01").variable("to", "2026-06-30")
                .variable("granularity", "QUARTER")
                .execute();
    }

    @Test
    void the_municipality_sees_the_aggregates_of_its_own_municipality() {
        var own = municipalityUser(municipality);
        coverage(own, municipality).path("areaCoverage.kernen[0].cells[16]").matchesJson("""
                {"lifeDomain": "SAFETY", "demand": {"value": 6, "suppressed": false}, "gapScore": 6.0}""");
        gaps(own, municipality).path("gaps.edges[0].node.kernId").entity(String.class).isEqualTo(kern);
        flow(own, municipality).path("flowStatistics.overall.inflow.value").entity(Integer.class).isEqualTo(6);
        coverage(graphQl, municipality).path("areaCoverage.municipalityId").entity(String.class).isEqualTo(municipality);
    }

    @Test
    void a_coach_or_professional_gets_nothing_here() {
        for (var role : List.of(Role.COACH, Role.PROFESSIONAL)) {
            var client = as(role, coach());
            assertForbidden(coverage(client, municipality), "areaCoverage");
            assertForbidden(gaps(client, municipality), "gaps");
            assertForbidden(flow(client, municipality), "flowStatistics");
            http(role, null).get().uri("/municipality/{id}/coverage.csv?from=2026-01-01&to=2026-06-30", municipality).exchange()
                    .expectStatus().isForbidden();
            http(role, null).get().uri("/municipality/{id}/resources.geojson", municipality).exchange().expectStatus().isForbidden();
        }
    }

    @Test
    void another_municipality_answers_like_an_unknown_one() {
        // signed in for the demo municipality, asking about this one
        var other = as(Role.MUNICIPALITY, null);
        assertUnknown(coverage(other, municipality), "areaCoverage");
        assertUnknown(gaps(other, municipality), "gaps");
        assertUnknown(flow(other, municipality), "flowStatistics");
        assertUnknown(coverage(graphQl, "6d1f3f0e-0000-4000-8000-000000000000"), "areaCoverage");
        assertUnknown(coverage(graphQl, kern), "areaCoverage");
        http(Role.MUNICIPALITY, null).get().uri("/municipality/{id}/coverage.geojson?from=2026-01-01&to=2026-06-30", municipality)
                .exchange().expectStatus().isNotFound();
        http(Role.MUNICIPALITY, null).get().uri("/municipality/{id}/resources.geojson", municipality).exchange().expectStatus().isNotFound();
        http().get().uri("/municipality/{id}/coverage.csv?from=2026-01-01&to=2026-06-30", municipality).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void bad_arguments_are_refused_naming_the_argument() {
        assertBadRequest(coverage(graphQl, "not-a-uuid"), "municipalityId");
        assertBadRequest(graphQl.documentName("areaCoverage").variable("municipalityId", municipality)
                .variable("from", "2026-06-30").variable("to", "2026-01-01").execute(), "to");
        assertBadRequest(graphQl.documentName("flowStatistics").variable("municipalityId", municipality)
                .variable("from", "2010-01-01").variable("to", "2026-01-01").variable("granularity", "MONTH").execute(), "to");
        assertBadRequest(graphQl.documentName("gaps").variable("municipalityId", municipality).variable("first", 0).execute(), "first");
        assertBadRequest(graphQl.documentName("gaps").variable("municipalityId", municipality).variable("first", 101).execute(), "first");
        assertBadRequest(graphQl.documentName("gaps").variable("municipalityId", municipality).variable("after", "bogus").execute(), "after");
        graphQl.documentName("flowStatistics").variable("municipalityId", municipality).variable("from", "2026-01-01")
                .variable("to", "2026-06-30").variable("granularity", "WEEK").execute()
                .errors().satisfy(errors -> assertThat(errors).isNotEmpty());

        http(Role.ADMIN, null).get().uri("/municipality/{id}/coverage.csv?from=2026-01-01&to=2026-06-30", "not-a-uuid").exchange()
                .expectStatus().isBadRequest();
        http(Role.ADMIN, null).get().uri("/municipality/{id}/coverage.csv?from=gisteren&to=2026-06-30", municipality).exchange()
                .expectStatus().isBadRequest();
        http(Role.ADMIN, null).get().uri("/municipality/{id}/coverage.csv?from=2026-06-30&to=2026-01-01", municipality).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void the_demo_municipality_account_sees_the_demo_coverage_and_flow() {
        var demo = demoAccount("municipality");
        demo.documentName("areaCoverage").variable("municipalityId", DEMO_MUNICIPALITY)
                .variable("from", "2025-01-01").variable("to", "2026-12-31").execute()
                .path("areaCoverage.kernen[*].kernName").entityList(String.class).contains("Panningen", "Meijel", "Baarlo");
        demo.documentName("flowStatistics").variable("municipalityId", DEMO_MUNICIPALITY)
                .variable("from", "2025-01-01").variable("to", "2026-12-31").variable("granularity", "QUARTER").execute()
                .path("flowStatistics.periods").entityList(Object.class).hasSize(8);
    }

    private static void assertForbidden(GraphQlTester.Response response, String path) {
        response.errors().satisfy(errors -> assertThat(errors).singleElement()
                        .satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")))
                .path(path).valueIsNull();
    }

    private static void assertUnknown(GraphQlTester.Response response, String path) {
        assertError(response, "NOT_FOUND", "municipalityId");
        response.path(path).valueIsNull();
    }

    private static void assertBadRequest(GraphQlTester.Response response, String field) {
        assertError(response, "BAD_REQUEST", field);
    }
}
