package nl.netwerkkaart.guard;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits that protect the GraphQL endpoint against hostile or careless traffic (OWASP GraphQL cheat sheet).
 *
 * @param maxDepth          deepest field nesting a query may have
 * @param maxComplexity     highest estimated cost a query may have, see {@link QueryCost}
 * @param maxDocumentLength longest query document, in characters, accepted before it is parsed
 */
@ConfigurationProperties("netwerkkaart.graphql")
public record GuardProperties(int maxDepth, int maxComplexity, int maxDocumentLength) {

    public GuardProperties {
        if (maxDepth < 1 || maxComplexity < 1 || maxDocumentLength < 1) {
            throw new IllegalArgumentException("netwerkkaart.graphql limits must be positive");
        }
    }
}
