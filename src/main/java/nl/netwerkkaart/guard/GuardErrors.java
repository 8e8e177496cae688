package nl.netwerkkaart.guard;

import java.util.List;

import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import org.springframework.graphql.execution.ErrorType;

/** Refusals of a whole request: a BAD_REQUEST GraphQL error with a message the caller can act on. */
final class GuardErrors {

    private GuardErrors() {
    }

    static GraphQLError badRequest(String message) {
        return GraphQLError.newError().errorType(ErrorType.BAD_REQUEST).message(message).build();
    }

    static AbortExecutionException refusal(String message) {
        return new AbortExecutionException(List.of(badRequest(message)));
    }
}
