package nl.netwerkkaart.guard;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;

/**
 * The endpoint's execution guards as the engine's one instrumentation: the depth and cost limits before anything is
 * fetched ({@link OperationLimit}), the execution deadline ({@link ExecutionTimeout})
 * and the text check of mutations ({@link MutationTextGuard}), each behaving as on its own. With several
 * instrumentations graphql-java wraps every field of every response in a chain of contexts, one per instrumentation,
 * whether or not it does anything there; that chain was about a tenth of the HTTP threads' CPU on the network map
 * (JFR). As one instrumentation, a field costs one call to the deadline check, which returns at once for trivial
 * (property) fields, and every other hook keeps graphql-java's no-op.
 */
final class GuardInstrumentation implements Instrumentation {

    private final OperationLimit depth;
    private final OperationLimit cost;
    private final ExecutionTimeout timeout;
    private final MutationTextGuard mutationText;

    GuardInstrumentation(OperationLimit depth, OperationLimit cost, ExecutionTimeout timeout,
                         MutationTextGuard mutationText) {
        this.depth = depth;
        this.cost = cost;
        this.timeout = timeout;
        this.mutationText = mutationText;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return timeout.createState(parameters);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        depth.check(parameters.getExecutionContext());
        cost.check(parameters.getExecutionContext());
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return timeout.beginFieldFetching(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return mutationText.instrumentDataFetcher(dataFetcher, parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        return timeout.instrumentExecutionResult(result, parameters, state);
    }
}
