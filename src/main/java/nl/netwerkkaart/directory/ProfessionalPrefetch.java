package nl.netwerkkaart.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import nl.netwerkkaart.area.Area;

/**
 * What a page of professionals was read with in the same statement (their organisation, areas and expertises, as far
 * as the request asks for them), kept in the request's GraphQL context for the batch mappings of those fields, which
 * then send no statement of their own. A batch whose professionals are not all here (another list in the same
 * document, a field the page did not read) is read as before.
 */
final class ProfessionalPrefetch {

    private static final String KEY = ProfessionalPrefetch.class.getName();

    private final Map<String, Organisation> employers = new HashMap<>();
    private final Map<String, List<Area>> areas = new HashMap<>();
    private final Map<String, List<ProfessionalExpertise>> expertises = new HashMap<>();

    /** The request's prefetch, made on first use. */
    static ProfessionalPrefetch in(GraphQLContext context) {
        return context.computeIfAbsent(KEY, key -> new ProfessionalPrefetch());
    }

    synchronized void add(ProfessionalRepository.Page page) {
        if (page.employers() != null) {
            employers.putAll(page.employers());
        }
        if (page.areas() != null) {
            areas.putAll(page.areas());
        }
        if (page.expertises() != null) {
            expertises.putAll(page.expertises());
        }
    }

    /** The organisations of all {@code ids} (absent: none), or null when some were not read with their page. */
    synchronized Map<String, Organisation> employers(Collection<String> ids) {
        return all(employers, ids);
    }

    synchronized Map<String, List<Area>> areas(Collection<String> ids) {
        return all(areas, ids);
    }

    synchronized Map<String, List<ProfessionalExpertise>> expertises(Collection<String> ids) {
        return all(expertises, ids);
    }

    private static <V> Map<String, V> all(Map<String, V> read, Collection<String> ids) {
        var result = new HashMap<String, V>();
        for (var id : ids) {
            if (!read.containsKey(id)) {
                return null;
            }
            var value = read.get(id);
            if (value != null) {
                result.put(id, value);
            }
        }
        return result;
    }
}
