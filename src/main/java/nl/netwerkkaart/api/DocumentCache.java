package nl.netwerkkaart.api;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parses and validates each distinct query document once. The web pages send the same few documents on every
 * request, and parsing plus validating them took about a tenth of a request's CPU on the HTTP thread at region
 * scale. The cache is bounded (documents are at most {@code netwerkkaart.graphql.max-document-length} characters),
 * so many distinct documents only evict each other. A document that failed validation is cached with its errors:
 * it fails the same way every time against the same schema.
 */
final class DocumentCache implements PreparsedDocumentProvider {

    private final Cache<String, PreparsedDocumentEntry> documents;

    DocumentCache(long maximumSize) {
        this.documents = Caffeine.newBuilder().maximumSize(maximumSize).build();
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput executionInput,
                                                                    Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        return CompletableFuture.completedFuture(
                documents.get(executionInput.getQuery(), query -> parseAndValidate.apply(executionInput)));
    }
}
