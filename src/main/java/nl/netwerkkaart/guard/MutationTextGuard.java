package nl.netwerkkaart.guard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.Scalars;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import nl.netwerkkaart.api.TextCharacters;
import nl.netwerkkaart.api.UserError;

/**
 * Refuses control and bidirectional formatting characters ({@link TextCharacters}) in every String and ID of every
 * mutation's arguments, read against the schema, so no input type can be forgotten. Input fields marked
 * {@code @multiline} in the schema may hold tabs and line breaks. A mutation with such text does not run: it answers
 * its payload with one {@code INVALID} user error per offending field, named like the other validation errors
 * ({@code input.agreements[1].text}), and nothing is written. JSON arguments (HSDS documents, GeoJSON) are documents
 * whose readers check the texts they keep, record by record.
 */
final class MutationTextGuard implements Instrumentation {

    static final String MULTILINE = "multiline";
    private static final String USER_ERRORS = "userErrors";

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
                                                InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        var environment = parameters.getEnvironment();
        if (environment.getParentType() != environment.getGraphQLSchema().getMutationType()) {
            return dataFetcher;
        }
        return env -> {
            var errors = errors(env);
            return errors.isEmpty() ? dataFetcher.get(env) : refused((GraphQLObjectType) GraphQLTypeUtil.unwrapNonNull(env.getFieldType()), errors);
        };
    }

    private static List<UserError> errors(DataFetchingEnvironment env) {
        var errors = new ArrayList<UserError>();
        for (var argument : env.getFieldDefinition().getArguments()) {
            check(argument.getName(), argument.getType(), env.getArgument(argument.getName()), false, errors);
        }
        return errors;
    }

    private static void check(String path, GraphQLInputType type, Object value, boolean multiLine, List<UserError> errors) {
        var unwrapped = GraphQLTypeUtil.unwrapNonNull(type);
        if (unwrapped instanceof GraphQLList list && value instanceof List<?> items) {
            for (int i = 0; i < items.size(); i++) {
                check(path + "[" + i + "]", (GraphQLInputType) list.getWrappedType(), items.get(i), multiLine, errors);
            }
        }
        else if (unwrapped instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (var field : object.getFieldDefinitions()) {
                check(path + "." + field.getName(), field.getType(), fields.get(field.getName()),
                        field.hasAppliedDirective(MULTILINE), errors);
            }
        }
        else if (value instanceof String text && isText(unwrapped)) {
            TextCharacters.problem(text, multiLine).ifPresent(problem -> errors.add(UserError.invalid(path, problem)));
        }
    }

    private static boolean isText(GraphQLType type) {
        return type instanceof GraphQLScalarType scalar
                && List.of(Scalars.GraphQLString.getName(), Scalars.GraphQLID.getName()).contains(scalar.getName());
    }

    /**
     * The mutation's payload with only its user errors: every other field is empty, as a payload with user errors
     * always is (null, or an empty list or zero where the schema does not allow null).
     */
    static Map<String, Object> refused(GraphQLObjectType payload, List<UserError> errors) {
        var values = new HashMap<String, Object>();
        for (var field : payload.getFieldDefinitions()) {
            values.put(field.getName(), field.getName().equals(USER_ERRORS) ? errors : empty(payload, field.getName(), field.getType()));
        }
        return values;
    }

    private static Object empty(GraphQLObjectType payload, String field, GraphQLOutputType type) {
        if (!(type instanceof GraphQLNonNull nonNull)) {
            return null;
        }
        var wrapped = nonNull.getWrappedType();
        if (wrapped instanceof GraphQLList) {
            return List.of();
        }
        if (GraphQLTypeUtil.simplePrint(wrapped).equals(Scalars.GraphQLInt.getName())) {
            return 0;
        }
        if (GraphQLTypeUtil.simplePrint(wrapped).equals(Scalars.GraphQLBoolean.getName())) {
            return false;
        }
        throw new IllegalStateException(payload.getName() + "." + field + " is non-null and has no empty value");
    }
}
