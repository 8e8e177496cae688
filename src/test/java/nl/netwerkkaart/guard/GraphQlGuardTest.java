package nl.netwerkkaart.guard;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import graphql.introspection.IntrospectionQuery;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/** The default limits on the GraphQL endpoint, over real HTTP. */
class GraphQlGuardTest extends GraphQlTestSupport {

    @Autowired
    private PlatformTransactionManager transactionManager;

    @Test
    void legitimate_deep_query_is_allowed() {
        graphQl.documentName("guardLegitimateDeepQuery").execute().errors().verify()
                .path("professionals.edges").entityList(Object.class).hasSizeGreaterThan(0);
        // the same nine levels for a full page of 100 still fit the cost limit
        graphQl.documentName("guardLegitimateDeepQuery").variable("first", 100).execute().errors().verify();
    }

    @Test
    void a_full_page_with_nested_fields_is_allowed() {
        graphQl.documentName("professionalsWithNestedFields").variable("text", "a").variable("first", 100)
                .execute().errors().verify();
    }

    @Test
    void too_deep_query_is_refused() {
        refused(document("guardTooDeepQuery"))
                .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message)
                        .startsWith("The query is nested ").contains("at most 12 are allowed"));
    }

    @Test
    void too_complex_query_is_refused() {
        refused(document("guardTooComplexQuery"))
                .jsonPath("$.errors[0].message").value(String.class, message -> assertThat(message)
                        .startsWith("The query's estimated cost is 1402; at most 1000 is allowed."));
    }

    @Test
    void over_long_document_is_refused() {
        var padding = "# " + "x".repeat(10_000) + "\n";
        refused(padding + "{ lifeDomains { code } }")
                .jsonPath("$.errors[0].message").isEqualTo(
                        "The query document is 10027 characters long; at most 10000 are allowed.");

        graphQl.document("# " + "x".repeat(9_000) + "\n{ lifeDomains { code } }").execute()
                .errors().verify().path("lifeDomains").entityList(Object.class).hasSize(17);
    }

    @Test
    void introspection_is_on_by_default() {
        graphQl.document("{ __schema { queryType { name } } }").execute()
                .path("__schema.queryType.name").entity(String.class).isEqualTo("Query");
        // what GraphiQL and code generators send must pass the depth and cost limits
        graphQl.document(IntrospectionQuery.INTROSPECTION_QUERY).execute().errors().verify()
                .path("__schema.types").entityList(Object.class).hasSizeGreaterThan(50);
        http(Role.ADMIN, null).get().uri("/graphiql?path=/graphql").exchange().expectStatus().isOk();
    }

    @Test
    void graphql_answers_report_the_remaining_rate_limit() {
        http(Role.ADMIN, null).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", "{ lifeDomains { code } }")).exchange()
                .expectStatus().isOk()
                .expectHeader().exists(RateLimitFilter.REMAINING_HEADER);
        http(Role.ADMIN, null).get().uri("/graphiql?path=/graphql").exchange()
                .expectHeader().doesNotExist(RateLimitFilter.REMAINING_HEADER);
    }

    @Test
    void neo4j_transactions_time_out_after_ten_seconds_by_default() throws IOException {
        // the shared test context sets 60 s (see GraphQlTestSupport); the setting reaches the transaction manager
        assertThat(((AbstractPlatformTransactionManager) transactionManager).getDefaultTimeout()).isEqualTo(60);
        assertThat(new ClassPathResource("application.yaml").getContentAsString(StandardCharsets.UTF_8))
                .contains("default-timeout: ${NETWERKKAART_TRANSACTION_TIMEOUT:10s}");
    }

    /** Posts as a plain JSON client and checks the one BAD_REQUEST error that replaces the whole answer. */
    private WebTestClient.BodyContentSpec refused(String document) {
        return http(Role.ADMIN, null).post().uri("/graphql")
                .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", document)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors.length()").isEqualTo(1)
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].extensions.exception").doesNotExist();
    }

    private static String document(String name) {
        try {
            return new ClassPathResource("graphql-test/" + name + ".graphql").getContentAsString(StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
