package nl.netwerkkaart.tent;

import java.util.List;

import nl.netwerkkaart.directory.Professional;

/** One proposed tent participant with the domains they cover, the score they were picked with and why. */
record TentParticipantSuggestion(Professional professional, List<String> coveredLifeDomains, int score, List<String> reasons) {

    /** The whole proposal. */
    record Suggestions(List<TentParticipantSuggestion> suggestions, List<String> uncoveredLifeDomains, int maxPerOrganisation) {
    }
}
