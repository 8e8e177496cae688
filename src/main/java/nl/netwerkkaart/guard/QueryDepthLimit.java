package nl.netwerkkaart.guard;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses queries nested deeper than the limit before anything is fetched. Introspection-only operations are exempt, see
 * {@link IntrospectionOnly}.
 */
final class QueryDepthLimit extends MaxQueryDepthInstrumentation {

    QueryDepthLimit(int maxDepth) {
        super(maxDepth);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        if (IntrospectionOnly.test(parameters.getExecutionContext())) {
            return SimpleInstrumentationContext.noOp();
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
        return GuardErrors.refusal("The query is nested " + depth + " levels deep; at most " + maxDepth
                + " are allowed. Ask for less deeply nested fields.");
    }
}
