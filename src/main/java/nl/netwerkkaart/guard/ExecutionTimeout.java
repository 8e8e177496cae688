package nl.netwerkkaart.guard;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;

/**
 * Stops a GraphQL execution that runs past its deadline: the first field fetched by a data fetcher of its own (not a
 * trivial property of an object already fetched) after the deadline cancels the execution (graphql-java then fetches nothing more) and the answer is one TIMEOUT error instead of partial data.
 * A single slow Cypher statement is cut off by the Neo4j transaction timeout, not here.
 */
final class ExecutionTimeout implements Instrumentation {

    static final ErrorClassification TIMEOUT = ErrorClassification.errorClassification("TIMEOUT");

    private final Duration timeout;

    ExecutionTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        // a trivial field (a property of an object already fetched) takes no time worth a clock read
        if (parameters.isTrivialDataFetcher()) {
            return FieldFetchingInstrumentationContext.NOOP;
        }
        var deadline = (Deadline) state;
        if (System.nanoTime() - deadline.nanos > 0) {
            deadline.passed = true;
            parameters.getExecutionContext().getExecutionInput().cancel();
        }
        return FieldFetchingInstrumentationContext.NOOP;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        if (!((Deadline) state).passed) {
            return CompletableFuture.completedFuture(result);
        }
        var error = GraphQLError.newError().errorType(TIMEOUT)
                .message("The request took longer than " + timeout.toMillis() + " ms and was stopped. Ask for less.")
                .build();
        return CompletableFuture.completedFuture(ExecutionResult.newExecutionResult().addError(error).build());
    }

    private static final class Deadline implements InstrumentationState {

        private final long nanos;
        private volatile boolean passed;

        private Deadline(long nanos) {
            this.nanos = nanos;
        }
    }
}
