package nl.netwerkkaart.bench.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.bench.run.ClosedLoop.Client;
import nl.netwerkkaart.graph.FullText;

import static nl.netwerkkaart.bench.run.ServiceOperations.pick;

/**
 * The peer (@neo4j/graphql on the same database, bench/peer/) for the operations it can express. Its documents are
 * read at run time from the peer's query directory, so they stay with the peer's type definitions; their variables
 * are fixed: {@code $familyId}; {@code $expertiseName}, {@code $kernId}, {@code $first}; {@code $text}. Requests carry
 * the same tokens as the service's: the secured peer checks them, the open one ignores them.
 */
final class PeerOperations {

    static final List<String> SHARED = List.of(ServiceOperations.FAMILY_NETWORK, ServiceOperations.PROFESSIONALS,
            ServiceOperations.SEARCH);

    private final GraphQl graphQl;
    private final Samples samples;
    private final Tokens tokens;
    private final Map<String, String> documents;

    private PeerOperations(GraphQl graphQl, Samples samples, Tokens tokens, Map<String, String> documents) {
        this.graphQl = graphQl;
        this.samples = samples;
        this.tokens = tokens;
        this.documents = documents;
    }

    /** The peer's documents found in {@code directory}, by operation; an operation without one is skipped. */
    static PeerOperations load(GraphQl graphQl, Samples samples, Tokens tokens, Path directory) throws IOException {
        var documents = new LinkedHashMap<String, String>();
        for (var operation : SHARED) {
            var file = directory.resolve(operation + ".graphql");
            if (Files.isRegularFile(file)) {
                documents.put(operation, Files.readString(file));
            }
        }
        return new PeerOperations(graphQl, samples, tokens, documents);
    }

    boolean has(String operation) {
        return documents.containsKey(operation);
    }

    Client reader(String operation, Stats stats) {
        var document = documents.get(operation);
        return switch (operation) {
            case ServiceOperations.FAMILY_NETWORK -> (random, timer) -> {
                var family = pick(random, samples.families());
                timer.time(stats, () -> graphQl.post(document, Map.of("familyId", family.familyId()), tokens.coach(family)));
            };
            case ServiceOperations.PROFESSIONALS -> (random, timer) -> {
                var sample = pick(random, samples.directory());
                var variables = Map.<String, Object>of("expertiseName", sample.expertiseName(), "kernId", sample.kernId(), "first", 20);
                timer.time(stats, () -> graphQl.post(document, variables, tokens.reader(samples)));
            };
            case ServiceOperations.SEARCH -> (random, timer) -> {
                // the peer hands its phrase to Lucene as it is: send the query our service builds from the same word
                var text = FullText.query("text", pick(random, samples.words()));
                timer.time(stats, () -> graphQl.post(document, Map.of("text", text), tokens.reader(samples)));
            };
            default -> throw new IllegalArgumentException("The peer has no " + operation);
        };
    }
}
