package nl.netwerkkaart.guard;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The execution deadline on a bare graphql-java engine with slow fields, so no Cypher has to be slow. */
class ExecutionTimeoutTest {

    private final AtomicInteger fetched = new AtomicInteger();

    private GraphQL engine(Duration timeout) {
        var schema = new SchemaParser().parse("""
                type Query { items: [Item!]! }
                type Item { slow: Int! }""");
        DataFetcher<Integer> slow = env -> {
            Thread.sleep(20);
            return fetched.incrementAndGet();
        };
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("items", env -> IntStream.range(0, 50).boxed().toList()))
                .type("Item", type -> type.dataFetcher("slow", slow))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(schema, wiring))
                .instrumentation(new ExecutionTimeout(timeout))
                .build();
    }

    @Test
    void execution_past_the_timeout_is_stopped_with_one_timeout_error() {
        var result = engine(Duration.ofMillis(100)).execute("{ items { slow } }");

        assertThat(result.isDataPresent()).isFalse();
        assertThat(result.getErrors()).singleElement().satisfies(error -> {
            assertThat(error.getErrorType()).isEqualTo(ExecutionTimeout.TIMEOUT);
            assertThat(error.getMessage()).isEqualTo("The request took longer than 100 ms and was stopped. Ask for less.");
        });
        assertThat(fetched.get()).as("fields after the deadline are not fetched").isLessThan(20);
    }

    @Test
    void execution_within_the_timeout_is_untouched() {
        var result = engine(Duration.ofSeconds(10)).execute("{ items { slow } }");

        assertThat(result.getErrors()).isEmpty();
        assertThat(fetched.get()).isEqualTo(50);
    }
}
