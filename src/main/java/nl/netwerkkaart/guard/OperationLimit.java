package nl.netwerkkaart.guard;

import java.util.function.ToIntFunction;

import graphql.analysis.QueryComplexityCalculator;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.execution.ExecutionContext;

/**
 * A limit on a measure of the operation, checked before anything is fetched: the nesting depth (graphql-java's measure,
 * as its {@code MaxQueryDepthInstrumentation}) or the estimated cost ({@link QueryCost}). The measure is computed once
 * per distinct operation ({@link OperationMeasure}), not on every request. Introspection-only operations are exempt,
 * see {@link IntrospectionOnly}.
 */
final class OperationLimit {

    private static final QueryCost COST = new QueryCost();

    /** Says why a measured operation is refused, given its measure and the limit. */
    interface Refusal {
        String message(int measured, int limit);
    }

    private final int limit;
    private final OperationMeasure measures;
    private final Refusal refusal;

    private OperationLimit(int limit, ToIntFunction<ExecutionContext> measure, Refusal refusal) {
        this.limit = limit;
        this.measures = new OperationMeasure(measure);
        this.refusal = refusal;
    }

    static OperationLimit depth(int maxDepth) {
        return new OperationLimit(maxDepth, OperationLimit::depth, (depth, max) -> "The query is nested " + depth
                + " levels deep; at most " + max + " are allowed. Ask for less deeply nested fields.");
    }

    static OperationLimit cost(int maxCost) {
        return new OperationLimit(maxCost, OperationLimit::cost, (cost, max) -> "The query's estimated cost is " + cost
                + "; at most " + max + " is allowed. Ask for smaller pages (first) or fewer nested lists.");
    }

    /** Refuses the operation (an abort the engine answers with) when its measure is over the limit. */
    void check(ExecutionContext context) {
        if (IntrospectionOnly.test(context)) {
            return;
        }
        int measured = measures.of(context);
        if (measured > limit) {
            throw GuardErrors.refusal(refusal.message(measured, limit));
        }
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

    static int cost(ExecutionContext context) {
        return QueryComplexityCalculator.newCalculator()
                .fieldComplexityCalculator(COST)
                .schema(context.getGraphQLSchema())
                .document(context.getDocument())
                .operationName(context.getExecutionInput().getOperationName())
                .variables(context.getCoercedVariables())
                .build()
                .calculate();
    }

    private static int length(QueryVisitorFieldEnvironment env) {
        int length = 1;
        for (var parent = env.getParentEnvironment(); parent != null; parent = parent.getParentEnvironment()) {
            length++;
        }
        return length;
    }
}
