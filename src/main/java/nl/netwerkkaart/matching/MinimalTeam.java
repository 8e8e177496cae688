package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.directory.Professional;

/**
 * The smallest team (greedy set cover) of professionals with open places covering the needs (confirmed or suggested
 * expertise terms) and the life domains of a family's open help questions.
 */
public record MinimalTeam(String familyId, List<String> lifeDomains, List<Member> members, List<String> missingLifeDomains,
                          List<Expertise> needs, List<Expertise> missingNeeds) {

    /** A professional in the team and the life domains and needs they cover that no earlier pick covered. */
    public record Member(Professional professional, List<String> covers, List<Expertise> coversNeeds) {
    }

    /** The GraphQL field {@code complete}. */
    public boolean complete() {
        return missingLifeDomains.isEmpty() && missingNeeds.isEmpty();
    }
}
