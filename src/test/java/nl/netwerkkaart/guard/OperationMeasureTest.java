package nl.netwerkkaart.guard;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-operation measure on a bare graphql-java engine with a document cache, as the service has: measured once
 * per document and the variables that change the traversal, whatever the other variables.
 */
class OperationMeasureTest {

    private final AtomicInteger measured = new AtomicInteger();
    private final OperationMeasure measure = new OperationMeasure(context -> measured.incrementAndGet());

    private final GraphQL engine = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("""
                            type Query { items(owner: ID, first: Int): [Item!]! }
                            type Item { name: String, more: Boolean }"""),
                    RuntimeWiring.newRuntimeWiring()
                            .type("Query", type -> type.dataFetcher("items", env -> List.of(Map.of("name", "a", "more", true))))
                            .build()))
            .preparsedDocumentProvider(new SameDocument())
            .instrumentation(new SimplePerformantInstrumentation() {
                @Override
                public InstrumentationContext<ExecutionResult> beginExecuteOperation(
                        InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
                    measure.of(parameters.getExecutionContext());
                    return SimpleInstrumentationContext.noOp();
                }
            })
            .build();

    private void run(String query, Map<String, Object> variables) {
        var result = engine.execute(ExecutionInput.newExecutionInput(query).variables(variables).build());
        assertThat(result.getErrors()).isEmpty();
    }

    @Test
    void an_operation_is_measured_once_whatever_variables_outside_the_traversal_hold() {
        var query = "query Q($owner: ID, $n: Int) { items(owner: $owner, first: $n) { name } }";
        run(query, Map.of("owner", "a", "n", 5));
        run(query, Map.of("owner", "b", "n", 5));
        assertThat(measured).hasValue(1);

        run(query, Map.of("owner", "b", "n", 50));
        assertThat(measured).as("another page size is another cost").hasValue(2);
        run("query Q($owner: ID) { items(owner: $owner) { name more } }", Map.of("owner", "a"));
        assertThat(measured).as("another document").hasValue(3);
    }

    @Test
    void a_directive_variable_is_part_of_the_key() {
        var query = "query Q($more: Boolean!) { items { name more @include(if: $more) } }";
        run(query, Map.of("more", true));
        run(query, Map.of("more", false));
        run(query, Map.of("more", true));

        assertThat(measured).hasValue(2);
        assertThat(OperationMeasure.traversalVariables(graphql.parser.Parser.parse(
                "query Q($a: ID, $n: Int, $m: Boolean!) { items(owner: $a, first: $n) { name @skip(if: $m) } }")))
                .containsExactly("m", "n");
    }

    /** The same parsed document for the same text, as the service's document cache gives. */
    private static final class SameDocument implements PreparsedDocumentProvider {

        private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                                                                        java.util.function.Function<ExecutionInput, PreparsedDocumentEntry> parse) {
            return CompletableFuture.completedFuture(documents.computeIfAbsent(input.getQuery(), query -> parse.apply(input)));
        }
    }
}
