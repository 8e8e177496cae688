package nl.netwerkkaart.guard;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses queries whose estimated cost ({@link QueryCost}) is over the limit before anything is fetched.
 * Introspection-only operations are exempt, see {@link IntrospectionOnly}.
 */
final class QueryComplexityLimit extends MaxQueryComplexityInstrumentation {

    QueryComplexityLimit(int maxComplexity) {
        super(maxComplexity, new QueryCost());
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
    protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
        return GuardErrors.refusal("The query's estimated cost is " + complexity + "; at most " + maxComplexity
                + " is allowed. Ask for smaller pages (first) or fewer nested lists.");
    }
}
