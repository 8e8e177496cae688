package nl.netwerkkaart.api;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The cache on its own; the whole suite runs every GraphQL request through it in the running service. */
class DocumentCacheTest {

    private final AtomicInteger parsed = new AtomicInteger();

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        parsed.incrementAndGet();
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    @Test
    void a_document_is_parsed_and_validated_once_whatever_its_variables() throws Exception {
        var cache = new DocumentCache(10);
        var query = "query Net($id: ID!) { familyNetwork(familyId: $id) { asOf } }";
        var first = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).variables(Map.of("id", "a")).build(), this::parse).get();
        var second = cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).variables(Map.of("id", "b")).build(), this::parse).get();

        assertThat(parsed).hasValue(1);
        assertThat(second.getDocument()).isSameAs(first.getDocument());
        cache.getDocumentAsync(ExecutionInput.newExecutionInput("{ lifeDomains { code } }").build(), this::parse).get();
        assertThat(parsed).as("another document is parsed on its own").hasValue(2);
    }
}
