package nl.netwerkkaart.api;

import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.ConstraintViolationException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns the exceptions callers can act on into GraphQL errors that name the field. Anything else falls through to
 * Spring's default INTERNAL_ERROR, which carries no message, stack trace or Cypher.
 */
@Component
class GraphQlErrorResolver extends DataFetcherExceptionResolverAdapter {

    @Override
    protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
        if (ex instanceof InvalidInputException invalid) {
            return error(env, ErrorType.BAD_REQUEST, invalid.field(), invalid.field() + ": " + invalid.getMessage());
        }
        if (ex instanceof NotFoundException notFound) {
            return error(env, ErrorType.NOT_FOUND, notFound.field(), notFound.field() + ": " + notFound.getMessage());
        }
        if (ex instanceof ConstraintViolationException violations) {
            var violation = violations.getConstraintViolations().iterator().next();
            var field = InputValidator.fieldName(violation.getPropertyPath());
            return error(env, ErrorType.BAD_REQUEST, field, field + ": " + violation.getMessage());
        }
        if (neo4jCode(ex, "ConstraintValidationFailed") || neo4jCode(ex, "DeadlockDetected")) {
            // A uniqueness key of migration V060 (or a lock cycle) stopped a concurrent duplicate that a lock did not
            // keep out: the same change as someone else's at the same moment, so nothing was written.
            return error(env, ErrorClassification.errorClassification("CONFLICT"), "input",
                    "input: someone else made a conflicting change at the same moment; nothing was written, reload and try again");
        }
        if (neo4jCode(ex, "TransactionTimedOut")) {
            // a loaded database rather than a broken request: say so, as the execution timeout does
            return GraphQLError.newError()
                    .errorType(ErrorClassification.errorClassification("TIMEOUT"))
                    .message("The database took longer than the transaction timeout and stopped. Ask for less or try again.")
                    .path(env.getExecutionStepInfo().getPath())
                    .location(env.getField().getSourceLocation())
                    .build();
        }
        return null;
    }

    private static boolean neo4jCode(Throwable ex, String code) {
        for (var cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().contains(code)) {
                return true;
            }
        }
        return false;
    }

    private static GraphQLError error(DataFetchingEnvironment env, ErrorClassification type, String field, String message) {
        return GraphQLError.newError()
                .errorType(type)
                .message(message)
                .path(env.getExecutionStepInfo().getPath())
                .location(env.getField().getSourceLocation())
                .extensions(Map.of("field", field))
                .build();
    }
}
