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
 * and the text check of mutations ({@link MutationTextGuard}), each behaving as on its own, and the admission control
 * that bounds how many queries execute at once ({@link ReadAdmission}): a query's permit is taken once the limits have
 * passed it and given back when its execution ends, however it ends. With several
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
    private final ReadAdmission admission;

    GuardInstrumentation(OperationLimit depth, OperationLimit cost, ExecutionTimeout timeout,
                         MutationTextGuard mutationText, ReadAdmission admission) {
        this.depth = depth;
        this.cost = cost;
        this.timeout = timeout;
        this.mutationText = mutationText;
        this.admission = admission;
    }

    @Override
    public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
        return new State(timeout.createState(parameters));
    }

    /**
     * The whole execution: the permit is given back when it ends, however it ends (an execution aborted between root
     * fields skips this and is released in {@link #instrumentExecutionResult}).
     */
    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                                                                  InstrumentationState state) {
        return SimpleInstrumentationContext.whenCompleted((result, failure) -> ((State) state).release());
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        depth.check(parameters.getExecutionContext());
        cost.check(parameters.getExecutionContext());
        var admitted = admission.admit(parameters.getExecutionContext().getOperationDefinition().getOperation());
        ((State) state).admitted = admitted;
        return SimpleInstrumentationContext.noOp();
    }

    @Override
    public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
        return timeout.beginFieldFetching(parameters, ((State) state).deadline);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        return mutationText.instrumentDataFetcher(dataFetcher, parameters, ((State) state).deadline);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        // an execution aborted by its deadline (cancelled between root fields) skips the contexts' completion and
        // reaches only this step, so the permit is given back here too
        ((State) state).release();
        return timeout.instrumentExecutionResult(result, parameters, ((State) state).deadline);
    }

    /** One execution's state: the deadline's, and the query's permit once it has one. */
    private static final class State implements InstrumentationState {

        private final InstrumentationState deadline;
        private volatile ReadAdmission.Admitted admitted = ReadAdmission.Admitted.NOTHING;

        private State(InstrumentationState deadline) {
            this.deadline = deadline;
        }

        private void release() {
            admitted.release();
        }
    }
}
