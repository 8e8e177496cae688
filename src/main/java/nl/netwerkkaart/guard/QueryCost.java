package nl.netwerkkaart.guard;

import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.FieldComplexityEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLTypeUtil;
import nl.netwerkkaart.api.PageRequest;

/**
 * Estimates what a query costs by the objects it can return: every object (or list of objects) a field resolves costs
 * 1 plus what is selected inside it, and scalar fields are free, since a row's columns come with the row. A field with
 * a {@code first} argument returns up to that many items, so what is selected inside it counts that many times; a
 * connection's {@code edges} wrapper is free, its {@code node} is the object. A page of 100 professionals with their
 * organisation and its area costs 1 + 100 × 3 = 301; the same page asked for twice costs twice that. Nested lists
 * that are not paged ({@code expertises}, {@code narrower}) count once: they are batched into one query per level
 * and are short. Fields that compute (rankings, network measures, statistics) say what one call costs with
 * {@code @cost(weight: N)} in the schema, which replaces the 1 and applies to scalar fields too.
 */
final class QueryCost implements FieldComplexityCalculator {

    static final String COST = "cost";

    @Override
    public int calculate(FieldComplexityEnvironment env, int childComplexity) {
        var weight = weight(env.getFieldDefinition());
        if (weight == 0 && GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(env.getFieldDefinition().getType()))) {
            return 0;
        }
        if (env.getField().getName().equals("edges") && env.getParentType().getName().endsWith("Connection")) {
            return childComplexity;
        }
        return Math.max(weight, 1) + items(env) * childComplexity;
    }

    /** The field's {@code @cost} weight, 0 when it has none. */
    static int weight(GraphQLFieldDefinition field) {
        var cost = field.getAppliedDirective(COST);
        return cost == null ? 0 : cost.getArgument("weight").getValue();
    }

    /** Page size as the field will see it; out-of-range values are refused by the field itself, naming {@code first}. */
    private static int items(FieldComplexityEnvironment env) {
        if (env.getFieldDefinition().getArgument("first") == null) {
            return 1;
        }
        if (env.getArguments().get("first") instanceof Integer size) {
            return Math.max(1, Math.min(size, PageRequest.MAX_SIZE));
        }
        return PageRequest.DEFAULT_SIZE;
    }
}
