package nl.netwerkkaart.guard;

import graphql.ExecutionResult;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses queries nested deeper than the limit before anything is fetched, with graphql-java's measure of depth (as
 * its {@code MaxQueryDepthInstrumentation}). The depth is computed once per distinct operation ({@link OperationMeasure}),
 * not on every request. Introspection-only operations are exempt, see {@link IntrospectionOnly}.
 */
final class QueryDepthLimit extends SimplePerformantInstrumentation {

    private final int maxDepth;
    private final OperationMeasure depths = new OperationMeasure(QueryDepthLimit::depth);

    QueryDepthLimit(int maxDepth) {
        this.maxDepth = maxDepth;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (IntrospectionOnly.test(context)) {
            return SimpleInstrumentationContext.noOp();
        }
        int depth = depths.of(context);
        if (depth > maxDepth) {
            throw refusal(depth, maxDepth);
        }
        return SimpleInstrumentationContext.noOp();
    }

    /** The longest chain of nested fields, counting the top-level field as 1. */
    static int depth(ExecutionContext context) {
        return QueryTraverser.newQueryTraverser()
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .coercedVariables(context.getCoercedVariables())
                .build()
                .reducePreOrder((env, deepest) -> Math.max(length(env), deepest), 0);
    }

    private static int length(QueryVisitorFieldEnvironment env) {
        int length = 1;
        for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            length++;
        }
        return length;
    }

    private static AbortExecutionException refusal(int depth, int maxDepth) {
        return GuardErrors.refusal("The query is nested " + depth + " levels deep; at most " + maxDepth
                + " are allowed. Ask for less deeply nested fields.");
    }
}
