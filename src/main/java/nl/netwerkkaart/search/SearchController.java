package nl.netwerkkaart.search;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class SearchController {

    private final SearchService service;

    SearchController(SearchService service) {
        this.service = service;
    }

    @QueryMapping
    SearchResult search(@Argument String text, @Argument Integer first) {
        return service.search(text, first);
    }
}
