package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.util.Map;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import nl.netwerkkaart.support.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

class ResourceStaleTest extends GraphQlTestSupport {

    @LocalServerPort
    private int port;

    private String municipality;
    private String otherMunicipality;
    private String staleResource;
    private String freshResource;
    /** A word only this test's resources carry, to find them through the full-text filter. */
    private String word;

    /** Two fresh municipalities; in the first a resource last verified two years ago and one verified last month. */
    @BeforeEach
    void fixtures() {
        word = "spel" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        var row = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Oudkerk', kind: 'MUNICIPALITY'}),
                               (k:Area {id: randomUUID(), name: 'Oudkerk', kind: 'KERN'})-[:PART_OF]->(m),
                               (o:Area {id: randomUUID(), name: 'Gemeente Nieuwkerk', kind: 'MUNICIPALITY'}),
                               (s:CommunityResource {id: randomUUID(), name: 'Oude speel-o-theek ' + $word, kind: 'FACILITY', status: 'ACTIVE',
                                  languages: ['nl'], free: true, lastVerifiedAt: date() - duration('P2Y'),
                                  createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(k),
                               (f:CommunityResource {id: randomUUID(), name: 'Verse speel-o-theek ' + $word, kind: 'FACILITY', status: 'ACTIVE',
                                  languages: ['nl'], free: true, lastVerifiedAt: date() - duration('P1M'),
                                  createdAt: datetime(), updatedAt: datetime()})-[:LOCATED_IN]->(k)
                        RETURN m.id AS m, o.id AS o, s.id AS s, f.id AS f""")
                .bind(word).to("word")
                .fetch().one().orElseThrow();
        municipality = (String) row.get("m");
        otherMunicipality = (String) row.get("o");
        staleResource = (String) row.get("s");
        freshResource = (String) row.get("f");
    }

    private HttpGraphQlTester municipalityUser(String municipalityId) {
        return HttpGraphQlTester.create(http().mutate()
                .baseUrl("http://localhost:" + port + "/graphql")
                .defaultHeader("Authorization", "Bearer " + TestTokens.token(Role.MUNICIPALITY, municipalityId, null))
                .build());
    }

    @Test
    void the_municipality_sees_its_resources_not_verified_for_a_year_and_verifying_clears_the_flag() {
        var user = municipalityUser(municipality);
        user.documentName("staleResources").execute()
                .path("staleResources.edges[*].node.name").entityList(String.class).containsExactly("Oude speel-o-theek " + word);

        user.documentName("verifyCommunityResource").variable("input", Map.of("id", staleResource)).execute()
                .path("verifyCommunityResource.userErrors").entityList(Object.class).hasSize(0)
                .path("verifyCommunityResource.communityResource.stale").entity(Boolean.class).isEqualTo(false)
                .path("verifyCommunityResource.communityResource.lastVerifiedAt").entity(String.class).isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString())
                .path("verifyCommunityResource.communityResource.changes[0].action").entity(String.class).isEqualTo("VERIFY");

        user.documentName("staleResources").execute().path("staleResources.totalCount").entity(Integer.class).isEqualTo(0);
    }

    @Test
    void another_municipality_cannot_verify_or_delete_the_resource_and_nothing_changes() {
        var size = graphSize();
        var other = municipalityUser(otherMunicipality);
        other.documentName("verifyCommunityResource").variable("input", Map.of("id", staleResource)).execute()
                .path("verifyCommunityResource.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        other.documentName("deleteCommunityResource").variable("id", staleResource).execute()
                .path("deleteCommunityResource.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        other.documentName("staleResources").execute().path("staleResources.totalCount").entity(Integer.class).isEqualTo(0);
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void verifying_refuses_a_malformed_id_and_a_future_day() {
        var size = graphSize();
        graphQl.documentName("verifyCommunityResource").variable("input", Map.of("id", "geen-uuid")).execute()
                .path("verifyCommunityResource.userErrors[0].field").entity(String.class).isEqualTo("input.id");
        graphQl.documentName("verifyCommunityResource")
                .variable("input", Map.of("id", staleResource, "verifiedAt", LocalDate.now(Today.ZONE).plusDays(3).toString())).execute()
                .path("verifyCommunityResource.userErrors[0].field").entity(String.class).isEqualTo("input.verifiedAt");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void the_stale_filter_lists_only_stale_or_only_verified_resources() {
        graphQl.documentName("communityResources")
                .variable("filter", Map.of("text", word, "stale", false)).execute()
                .path("communityResources.edges[*].node.id").entityList(String.class).containsExactly(freshResource);
        graphQl.documentName("communityResources")
                .variable("filter", Map.of("text", word, "stale", true)).execute()
                .path("communityResources.edges[*].node.id").entityList(String.class).containsExactly(staleResource);
    }
}
