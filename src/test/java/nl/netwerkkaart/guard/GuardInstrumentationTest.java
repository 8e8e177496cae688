package nl.netwerkkaart.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;

/** The guards together on a bare graphql-java engine, so no Cypher has to be slow. */
class GuardInstrumentationTest {

    private final ReadAdmission admission = new ReadAdmission(1, Duration.ofMillis(500));

    private GraphQL engine() {
        var schema = new SchemaParser().parse("type Query { first: Int! second: Int! }");
        DataFetcher<Integer> slow = env -> {
            Thread.sleep(150);
            return 1;
        };
        var wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type.dataFetcher("first", slow).dataFetcher("second", slow))
                .build();
        return GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(schema, wiring))
                .instrumentation(new GuardInstrumentation(OperationLimit.depth(10), OperationLimit.cost(1000),
                        new ExecutionTimeout(Duration.ofMillis(100)), new MutationTextGuard(), admission))
                .build();
    }

    @Test
    void a_query_stopped_by_its_deadline_gives_its_turn_back() {
        var engine = engine();

        // the deadline passes in the first root field, so the execution is cancelled before the second
        var stopped = engine.execute("{ first second }");
        assertThat(stopped.getErrors()).singleElement()
                .satisfies(error -> assertThat(error.getErrorType()).isEqualTo(ExecutionTimeout.TIMEOUT));
        assertThat(admission.executing()).isZero();

        var next = engine.execute("{ first }");
        assertThat(next.getErrors()).isEmpty();
        assertThat(admission.executing()).isZero();
    }
}
