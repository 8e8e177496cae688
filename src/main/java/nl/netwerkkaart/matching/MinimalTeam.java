package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.directory.Professional;

/** The smallest team (greedy set cover) of professionals with open places covering a family's life domains. */
public record MinimalTeam(String familyId, List<String> lifeDomains, List<Member> members, List<String> missingLifeDomains) {

    /** A professional in the team and the life domains they cover that no earlier pick covered. */
    public record Member(Professional professional, List<String> covers) {
    }

    /** The GraphQL field {@code complete}. */
    public boolean complete() {
        return missingLifeDomains.isEmpty();
    }
}
