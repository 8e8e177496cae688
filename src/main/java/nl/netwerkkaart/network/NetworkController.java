package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

import nl.netwerkkaart.Today;
import nl.netwerkkaart.api.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

@Controller
class NetworkController {

    private final NetworkService service;
    private final NetworkEditService edits;

    private final Today today;

    NetworkController(NetworkService service, NetworkEditService edits, Today today) {
        this.service = service;
        this.edits = edits;
        this.today = today;
    }

    @SchemaMapping(typeName = "NetworkPerson")
    Integer age(NetworkPerson person) {
        return person.ageOn(today.date());
    }

    @QueryMapping
    FamilyNetwork familyNetwork(@Argument String familyId, @Argument LocalDate asOf) {
        return service.familyNetwork(familyId, asOf).orElseThrow(() -> new NotFoundException("familyId", "family"));
    }

    @QueryMapping
    NetworkChanges networkChanges(@Argument String familyId, @Argument LocalDate from, @Argument LocalDate to) {
        return service.networkChanges(familyId, from, to).orElseThrow(() -> new NotFoundException("familyId", "family"));
    }

    @QueryMapping
    NetworkSummary networkSummary(@Argument String familyId, @Argument LocalDate asOf) {
        return service.networkSummary(familyId, asOf).orElseThrow(() -> new NotFoundException("familyId", "family"));
    }

    @QueryMapping
    List<NetworkSupportCandidate> networkSupportFor(@Argument String helpQuestionId) {
        return service.supportFor(helpQuestionId).orElseThrow(() -> new NotFoundException("helpQuestionId", "help question"));
    }

    @QueryMapping
    List<NetworkTie> networkTieHistory(@Argument String tieId) {
        return service.tieHistory(tieId).orElseThrow(() -> new NotFoundException("tieId", "tie"));
    }

    @MutationMapping
    NetworkPersonPayload addNetworkPerson(@Argument AddNetworkPersonInput input) {
        return edits.addPerson(input);
    }

    @MutationMapping
    NetworkPersonPayload updateNetworkPerson(@Argument UpdateNetworkPersonInput input) {
        return edits.updatePerson(input);
    }

    @MutationMapping
    NetworkPersonPayload endNetworkPerson(@Argument EndNetworkPersonInput input) {
        return edits.endPerson(input);
    }

    @MutationMapping
    NetworkTiePayload addNetworkTie(@Argument AddNetworkTieInput input) {
        return edits.addTie(input);
    }

    @MutationMapping
    NetworkTiePayload updateNetworkTie(@Argument UpdateNetworkTieInput input) {
        return edits.updateTie(input);
    }

    @MutationMapping
    NetworkTiePayload endNetworkTie(@Argument EndNetworkTieInput input) {
        return edits.endTie(input);
    }

    @MutationMapping
    ResourceUsePayload addResourceUse(@Argument AddResourceUseInput input) {
        return edits.addUse(input);
    }

    @MutationMapping
    ResourceUsePayload endResourceUse(@Argument EndResourceUseInput input) {
        return edits.endUse(input);
    }
}
