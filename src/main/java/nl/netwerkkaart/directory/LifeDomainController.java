package nl.netwerkkaart.directory;

import java.util.List;

import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class LifeDomainController {

    private final LifeDomainService service;

    LifeDomainController(LifeDomainService service) {
        this.service = service;
    }

    @QueryMapping
    List<LifeDomain> lifeDomains() {
        return service.lifeDomains();
    }
}
