package nl.netwerkkaart.search;

import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.PageRequest;
import nl.netwerkkaart.graph.FullText;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class SearchService {

    private final SearchRepository repository;

    SearchService(SearchRepository repository) {
        this.repository = repository;
    }

    public SearchResult search(String text, Integer first) {
        int limit = first == null ? PageRequest.DEFAULT_SIZE : first;
        if (limit < 1 || limit > PageRequest.MAX_SIZE) {
            throw new InvalidInputException("first", "must be between 1 and " + PageRequest.MAX_SIZE);
        }
        var query = FullText.query("text", text);
        if (query == null) {
            throw new InvalidInputException("text", "must not be blank");
        }
        return repository.search(query, limit);
    }
}
