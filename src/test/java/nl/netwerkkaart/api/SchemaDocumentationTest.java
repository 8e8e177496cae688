package nl.netwerkkaart.api;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDocumentationTest extends GraphQlTestSupport {

    @Autowired
    private GraphQlSource graphQlSource;

    @Test
    void every_type_field_argument_and_enum_value_has_a_description() {
        var undocumented = new ArrayList<String>();
        for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
            if (type.getName().startsWith("__") || isBuiltInScalar(type)) {
                continue;
            }
            check(undocumented, type.getName(), type.getDescription());
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(field -> {
                    check(undocumented, type.getName() + "." + field.getName(), field.getDescription());
                    field.getArguments().forEach(argument -> check(undocumented,
                            type.getName() + "." + field.getName() + "(" + argument.getName() + ")", argument.getDescription()));
                });
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(field ->
                        check(undocumented, type.getName() + "." + field.getName(), field.getDescription()));
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumType.getValues().forEach(value ->
                        check(undocumented, type.getName() + "." + value.getName(), value.getDescription()));
            }
        }
        assertThat(undocumented).isEmpty();
    }

    private static boolean isBuiltInScalar(GraphQLNamedType type) {
        return type instanceof GraphQLScalarType && List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName());
    }

    private static void check(List<String> undocumented, String element, String description) {
        if (description == null || description.isBlank()) {
            undocumented.add(element);
        }
    }

    @Test
    void graphiql_is_served_in_the_default_profile() {
        http().get().uri("/graphiql?path=/graphql").headers(headers -> headers.setBasicAuth("coach", "demo"))
                .exchange().expectStatus().isOk();
    }
}
