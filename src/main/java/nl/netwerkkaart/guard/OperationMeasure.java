package nl.netwerkkaart.guard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.VariableReference;

/**
 * A number computed by traversing an operation (its depth, its estimated cost), computed once per distinct operation
 * instead of on every request. The web pages send the same few documents again and again, and the document cache
 * ({@code nl.netwerkkaart.api.DocumentCache}) hands out the same parsed {@link Document} for the same text, so the
 * document's identity, the operation's name and the values of the only variables that can change the traversal name
 * the answer: variables in a {@code first} argument (the cost counts the items a page returns) and in directive
 * arguments ({@code @skip}/{@code @include} leave fields out). Any other variable (an id, a text) never changes the
 * traversal, so a family's map costs the same for every family and is measured once. Both caches are bounded; an
 * evicted document is measured again when it comes back.
 */
final class OperationMeasure {

    private record Key(Document document, String operationName, List<Object> values) {
    }

    /** Which variables of a document can change the traversal, sorted by name; held as long as the document lives. */
    private final Cache<Document, List<String>> traversalVariables = Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();
    private final Cache<Key, Integer> values = Caffeine.newBuilder().maximumSize(2_000).build();
    private final ToIntFunction<ExecutionContext> measure;

    OperationMeasure(ToIntFunction<ExecutionContext> measure) {
        this.measure = measure;
    }

    /** The measure of the context's operation with its variables, computed on the first request that asks for it. */
    int of(ExecutionContext context) {
        var document = context.getDocument();
        var names = traversalVariables.get(document, OperationMeasure::traversalVariables);
        var variables = context.getCoercedVariables();
        var key = new Key(document, context.getOperationDefinition().getName(),
                names.isEmpty() ? List.of() : Arrays.asList(names.stream().map(variables::get).toArray()));
        return values.get(key, k -> measure.applyAsInt(context));
    }

    /** The variables a {@code first} argument or a directive argument of the document refers to. */
    static List<String> traversalVariables(Document document) {
        var names = new TreeSet<String>();
        collect(document, false, names);
        return List.copyOf(names);
    }

    private static void collect(Node<?> node, boolean counts, TreeSet<String> names) {
        if (counts && node instanceof VariableReference variable) {
            names.add(variable.getName());
            return;
        }
        var children = new ArrayList<Node>(node.getChildren());
        for (var child : children) {
            boolean childCounts = counts
                    || child instanceof Directive
                    || (node instanceof Field && child instanceof Argument argument && argument.getName().equals("first"));
            collect(child, childCounts, names);
        }
    }
}
