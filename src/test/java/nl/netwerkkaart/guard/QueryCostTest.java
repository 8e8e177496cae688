package nl.netwerkkaart.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.CoercedVariables;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.TypeName;
import graphql.parser.Parser;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** What CPU-heavy fields cost in the complexity limit ({@code @cost} in the schema), over real HTTP. */
class QueryCostTest extends GraphQlTestSupport {

    private static final String VERBEEK = "e681135a-5698-5371-89c4-ccd6dc53e61d";
    private static final String ANOUK = "91834f95-c4d1-5584-8e5e-177d8e0830e2";
    /** A document's {@code const NAME = `...`} or {@code const NAME = '...'} in the pages' scripts. */

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void one_query_holds_at_most_ten_network_summaries_and_sixty_are_refused_before_anything_runs() {
        var summary = "networkSummary(familyId: \"" + VERBEEK + "\") { personCount }";
        assertThat(QueryCost.weight(graphQlSource.schema().getQueryType().getFieldDefinition("networkSummary"))).isEqualTo(100);
        assertThat(cost(aliases(10, summary), Map.of())).isEqualTo(1000);
        assertThat(cost(aliases(11, summary), Map.of())).isEqualTo(1100);

        http(Role.COACH, ANOUK).post().uri("/graphql").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("query", aliases(60, summary))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.data").doesNotExist()
                .jsonPath("$.errors[0].extensions.classification").isEqualTo("BAD_REQUEST")
                .jsonPath("$.errors[0].message").value(String.class, message ->
                        assertThat(message).startsWith("The query's estimated cost is 6000; at most 1000 is allowed."));
    }

    @Test
    void a_scalar_field_with_a_cost_is_no_longer_free() {
        assertThat(cost("{ exportHsds }", Map.of())).isEqualTo(100);
        assertThat(cost("{ lifeDomains { code } }", Map.of())).isEqualTo(1);
    }

    @Test
    void every_query_the_web_pages_send_fits_the_cost_limit_even_with_pages_of_100() throws IOException {
        var costs = new LinkedHashMap<String, Integer>();
        // the pages keep every document in static/js/documents/<Name>.graphql
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:static/js/documents/*.graphql")) {
            var document = file.getContentAsString(StandardCharsets.UTF_8);
            if (document.strip().replaceAll("(?m)^#.*\\n", "").strip().startsWith("query")) {
                costs.put(file.getFilename(), cost(document, largestPages(document)));
            }
        }
        assertThat(costs).hasSizeGreaterThan(20);
        assertThat(costs).allSatisfy((document, cost) -> assertThat(cost).as(document).isLessThanOrEqualTo(1000));
    }

    /**
     * Every Int variable at the largest page size, the most a page could ask for; every other required variable some
     * value, which the cost does not depend on.
     */
    private static Map<String, Object> largestPages(String document) {
        var variables = new HashMap<String, Object>();
        Parser.parse(document).getDefinitionsOfType(OperationDefinition.class).forEach(operation ->
                operation.getVariableDefinitions().forEach(variable -> {
                    var type = variable.getType() instanceof NonNullType nonNull ? nonNull.getType() : variable.getType();
                    if (type instanceof TypeName name && name.getName().equals("Int")) {
                        variables.put(variable.getName(), PageRequest.MAX_SIZE);
                    }
                    else if (variable.getType() instanceof NonNullType) {
                        variables.put(variable.getName(), type instanceof ListType ? List.of("x") : "x");
                    }
                }));
        return variables;
    }

    private int cost(String document, Map<String, Object> variables) {
        return QueryComplexityCalculator.newCalculator()
                .schema(graphQlSource.schema())
                .fieldComplexityCalculator(new QueryCost())
                .document(Parser.parse(document))
                .variables(CoercedVariables.of(variables))
                .build()
                .calculate();
    }

    private static String aliases(int count, String field) {
        var query = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            query.append(" a").append(i).append(": ").append(field);
        }
        return query.append(" }").toString();
    }
}
