package nl.netwerkkaart.guard;

import graphql.execution.ExecutionContext;
import graphql.language.Field;

/**
 * Operations that ask only for introspection fields. The standard introspection query that GraphiQL and code
 * generators send is 13 levels deep, so the depth and cost limits leave such operations alone; graphql-java's
 * good-faith introspection check already refuses abusive introspection, and production turns introspection off.
 */
final class IntrospectionOnly {

    private IntrospectionOnly() {
    }

    static boolean test(ExecutionContext context) {
        return context.getOperationDefinition().getSelectionSet().getSelections().stream()
                .allMatch(selection -> selection instanceof Field field && field.getName().startsWith("__"));
    }
}
