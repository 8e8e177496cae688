package nl.netwerkkaart.api;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Checks a mutation input's Bean Validation constraints and reports each violation as a {@link UserError}. */
@Component
public class InputValidator {

    private final Validator validator;

    InputValidator(Validator validator) {
        this.validator = validator;
    }

    public List<UserError> validate(Object input) {
        return validator.validate(input).stream()
                .map(v -> UserError.invalid("input." + fieldName(v.getPropertyPath()), v.getMessage()))
                .sorted(Comparator.comparing(UserError::field).thenComparing(UserError::message))
                .toList();
    }

    /**
     * The dotted field name of a violation, e.g. {@code languages[1]} or {@code expertises[1].expertiseId}; method
     * names are left out. A node's index is its position in the list named by the node before it, so it goes first.
     */
    static String fieldName(Path path) {
        var name = new StringBuilder();
        for (var node : path) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getIndex() != null) {
                name.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return name.toString();
    }
}
