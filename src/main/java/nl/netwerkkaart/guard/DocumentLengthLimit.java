package nl.netwerkkaart.guard;

import graphql.ExecutionResult;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import reactor.core.publisher.Mono;

/** Refuses an over-long query document before it is parsed, so parsing cost stays bounded. */
final class DocumentLengthLimit implements WebGraphQlInterceptor {

    private final int maxLength;

    DocumentLengthLimit(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        int length = request.getDocument().length();
        if (length <= maxLength) {
            return chain.next(request);
        }
        var result = ExecutionResult.newExecutionResult()
                .addError(GuardErrors.badRequest("The query document is " + length + " characters long; at most "
                        + maxLength + " are allowed."))
                .build();
        return Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result)));
    }
}
