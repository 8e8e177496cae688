package nl.netwerkkaart.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GraphQL document the pages send is valid against the schema, so a renamed field fails here in seconds
 * rather than in a browser test.
 */
class GraphQlDocumentsTest {

    private static final Path DOCUMENTS = Path.of("src/main/resources/static/js/documents");

    private static GraphQLSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        var registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }

    static List<Path> documents() throws IOException {
        try (Stream<Path> files = Files.walk(DOCUMENTS)) {
            return files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void every_page_document_is_valid_against_the_schema(Path file) throws IOException {
        var document = Parser.parse(Files.readString(file));
        List<ValidationError> errors = new Validator().validateDocument(schema, document, java.util.Locale.ENGLISH);
        assertThat(errors).as(file.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void every_document_holds_one_operation_named_as_its_file(Path file) throws IOException {
        var operations = Parser.parse(Files.readString(file)).getDefinitionsOfType(graphql.language.OperationDefinition.class);
        assertThat(operations).as(file.toString()).hasSize(1);
        assertThat(operations.get(0).getName() + ".graphql").isEqualTo(file.getFileName().toString());
    }
}
