package nl.netwerkkaart.guard;

import graphql.ExecutionResult;
import graphql.analysis.QueryComplexityCalculator;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

/**
 * Refuses queries whose estimated cost ({@link QueryCost}) is over the limit before anything is fetched. The cost is
 * computed once per distinct operation and page size ({@link OperationMeasure}), not on every request.
 * Introspection-only operations are exempt, see {@link IntrospectionOnly}.
 */
final class QueryComplexityLimit extends SimplePerformantInstrumentation {

    private static final QueryCost COST = new QueryCost();

    private final int maxComplexity;
    private final OperationMeasure costs = new OperationMeasure(QueryComplexityLimit::cost);

    QueryComplexityLimit(int maxComplexity) {
        this.maxComplexity = maxComplexity;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        var context = parameters.getExecutionContext();
        if (IntrospectionOnly.test(context)) {
            return SimpleInstrumentationContext.noOp();
        }
        int cost = costs.of(context);
        if (cost > maxComplexity) {
            throw refusal(cost, maxComplexity);
        }
        return SimpleInstrumentationContext.noOp();
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

    private static AbortExecutionException refusal(int complexity, int maxComplexity) {
        return GuardErrors.refusal("The query's estimated cost is " + complexity + "; at most " + maxComplexity
                + " is allowed. Ask for smaller pages (first) or fewer nested lists.");
    }
}
