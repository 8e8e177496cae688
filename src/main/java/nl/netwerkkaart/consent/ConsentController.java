package nl.netwerkkaart.consent;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.Batches;
import nl.netwerkkaart.family.Family;
import nl.netwerkkaart.family.Person;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class ConsentController {

    private final ConsentService service;
    private final Today today;

    ConsentController(ConsentService service, Today today) {
        this.service = service;
        this.today = today;
    }

    @SchemaMapping(typeName = "Consent")
    boolean active(Consent consent) {
        return consent.activeOn(today.date());
    }

    @MutationMapping
    ConsentPayload recordConsent(@Argument RecordConsentInput input) {
        return service.record(input);
    }

    @MutationMapping
    ConsentPayload revokeConsent(@Argument RevokeConsentInput input) {
        return service.revoke(input);
    }

    /** {@code Family.consents}: lives here so the family feature need not know about consent. */
    @BatchMapping
    Map<Family, List<Consent>> consents(List<Family> families) {
        return Batches.join(families, Family::id, service.consents(Batches.ids(families, Family::id)), List.of());
    }

    /** {@code Family.currentConsent}. */
    @BatchMapping
    Map<Family, ConsentStatus> currentConsent(List<Family> families) {
        var statuses = service.currentScopes(Batches.ids(families, Family::id)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> ConsentStatus.of(e.getValue())));
        return Batches.join(families, Family::id, statuses, null);
    }

    @BatchMapping
    Map<Consent, List<Person>> givenBy(List<Consent> consents) {
        return Batches.join(consents, Consent::id, service.givenBy(Batches.ids(consents, Consent::id)), List.of());
    }
}
