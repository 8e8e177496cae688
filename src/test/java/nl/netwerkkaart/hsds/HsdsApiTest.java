package nl.netwerkkaart.hsds;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.hsds.HsdsSpecification.Version;
import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static nl.netwerkkaart.hsds.HsdsSpecification.problems;
import static nl.netwerkkaart.hsds.HsdsSpecification.response;
import static nl.netwerkkaart.hsds.HsdsSpecification.schema;
import static org.assertj.core.api.Assertions.assertThat;

/** The HSDS API under /hsds answers the paths of the specification's OpenAPI with what its response schemas allow. */
@SuppressWarnings("unchecked")
class HsdsApiTest extends HsdsTestSupport {

    /** The API key the shared test context configures for the demo municipality (GraphQlTestSupport). */
    static final String DEMO_API_KEY = "test-hsds-api-key-for-the-demo-municipality";

    private Map<String, Object> service;
    private Map<String, Object> organization;

    private void imported() {
        service = HsdsSpecification.example(Version.V3_0, "service_full.json");
        organization = HsdsSpecification.example(Version.V3_0, "organization_full.json");
        upload(json(service));
        upload(json(HsdsTest.fixture("services.json")));
    }

    @Test
    void every_path_answers_what_the_released_openapi_allows() {
        imported();
        var term = (Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) service.get("attributes")).get(0)).get("taxonomy_term");
        var taxonomy = (Map<String, Object>) term.get("taxonomy_detail");
        var atLocation = ((List<Map<String, Object>>) service.get("service_at_locations")).get(0);
        var pages = Map.of(
                "/", "/hsds",
                "/services", "/hsds/services",
                "/services/{id}", "/hsds/services/" + service.get("id"),
                "/organizations", "/hsds/organizations",
                "/organizations/{id}", "/hsds/organizations/" + organization.get("id"),
                "/service_at_locations", "/hsds/service_at_locations",
                "/taxonomies", "/hsds/taxonomies",
                "/taxonomies/{id}", "/hsds/taxonomies/" + taxonomy.get("id"),
                "/taxonomy_terms", "/hsds/taxonomy_terms",
                "/taxonomy_terms/{id}", "/hsds/taxonomy_terms/" + term.get("id"));
        for (var version : List.of(Version.V3_0, Version.BRANCH_3_0)) {
            for (var page : pages.entrySet()) {
                var body = api(page.getValue());
                assertThat(problems(response(version, page.getKey()), body)).as("%s %s", version, page.getValue()).isEmpty();
            }
            // the released OpenAPI gives /service_at_locations/{id} the service schema, a slip: it answers a
            // service_at_location, checked against that schema as compiled for the API
            var body = api("/hsds/service_at_locations/" + atLocation.get("id"));
            assertThat(problems(schema(Version.BRANCH_3_0, "compiled/service_at_location"), body)).isEmpty();
        }
        for (var listing : List.of("/hsds/services", "/hsds/organizations", "/hsds/service_at_locations", "/hsds/taxonomies", "/hsds/taxonomy_terms")) {
            assertThat(api(listing)).as(listing).containsKeys("total_items", "total_pages", "page_number", "size",
                    "first_page", "last_page", "empty", "contents");
        }
        assertThat((List<Map<String, Object>>) api("/hsds/services?full=true").get("contents"))
                .allSatisfy(s -> assertThat(problems(schema(Version.V3_0, "service"), s)).isEmpty())
                .anySatisfy(s -> assertThat(s).containsKey("service_at_locations"));
    }

    @Test
    void listings_page_and_filter_as_the_openapi_parameters_say() {
        imported();
        var before = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS);

        var first = api("/hsds/services?page=1&per_page=2");
        var third = api("/hsds/services?page=3&per_page=1");

        assertThat(first).containsEntry("total_items", 3).containsEntry("total_pages", 2).containsEntry("page_number", 1)
                .containsEntry("size", 2).containsEntry("first_page", true).containsEntry("last_page", false).containsEntry("empty", false);
        assertThat(third).containsEntry("size", 1).containsEntry("first_page", false).containsEntry("last_page", true);
        assertThat(api("/hsds/services?page=9")).containsEntry("empty", true).containsEntry("contents", List.of());
        assertThat(api("/hsds/services?modified_after=" + before)).containsEntry("total_items", 3);
        assertThat(api("/hsds/services?modified_after=" + before.plusMinutes(10))).containsEntry("total_items", 0);
        assertThat(api("/hsds/services?modified_after=" + before.toLocalDate().plusDays(2))).containsEntry("total_items", 0);
        // an imported term, and one of our own life domains, which the import mapped the term 'food' to
        assertThat((List<Map<String, Object>>) api("/hsds/services?taxonomy_term_id=3f7b145d-84af-42d7-8fae-eaca714b02b2").get("contents"))
                .extracting(s -> s.get("name")).containsExactly("Community Counselling");
        var finances = HsdsExport.ownTermId(HsdsModel.DOMAIN_TAXONOMY, "FINANCES");
        assertThat((List<Map<String, Object>>) api("/hsds/services?taxonomy_term_id=" + finances).get("contents"))
                .extracting(s -> s.get("name")).contains("Voedselbank Lindeloo").doesNotContain("Community Counselling");
        assertThat((List<Map<String, Object>>) api("/hsds/services?organization_id=" + organization.get("id")).get("contents"))
                .extracting(s -> s.get("name")).containsExactly("Community Counselling");
        municipalityUser().get().uri("/hsds/services?per_page=many").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("per_page must be a whole number");
        municipalityUser().get().uri("/hsds/services/" + newId()).exchange().expectStatus().isNotFound();
    }

    @Test
    void the_municipalitys_users_read_their_own_sociale_kaart_and_no_one_elses() {
        imported();
        var id = (String) service.get("id");

        for (var role : Role.values()) {
            assertThat(user(role, municipality).get().uri("/hsds/services/" + id).exchange().expectStatus().isOk()
                    .expectBody(OBJECT).returnResult().getResponseBody()).as("%s", role).containsEntry("id", id);
        }
        user(Role.MUNICIPALITY, otherMunicipality()).get().uri("/hsds/services/" + id).exchange().expectStatus().isNotFound();
        http().get().uri("/hsds/services").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void another_system_reads_with_its_api_key_and_the_key_opens_nothing_else() {
        var demo = http().get().uri("/hsds/services?per_page=500").header(HsdsApiAccess.HEADER, DEMO_API_KEY).exchange()
                .expectStatus().isOk().expectBody(OBJECT).returnResult().getResponseBody();

        assertThat((Integer) demo.get("total_items")).isGreaterThanOrEqualTo(68);
        http().get().uri("/hsds/services").header(HsdsApiAccess.HEADER, "wrong-key").exchange().expectStatus().isUnauthorized();
        http().get().uri("/hsds/export.json").header(HsdsApiAccess.HEADER, DEMO_API_KEY).exchange().expectStatus().isUnauthorized();
        // refused before it could sign in: a form post without its CSRF token
        http().post().uri("/hsds/import").header(HsdsApiAccess.HEADER, DEMO_API_KEY).bodyValue("[]").exchange().expectStatus().isForbidden();
        http().post().uri("/graphql").header(HsdsApiAccess.HEADER, DEMO_API_KEY).bodyValue(Map.of("query", "{ families { totalCount } }"))
                .exchange().expectStatus().isUnauthorized();
    }
}
