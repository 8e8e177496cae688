package nl.netwerkkaart.tent;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.directory.Professional;

/** One proposed tent participant with the domains and needs they cover, the score they were picked with and why. */
record TentParticipantSuggestion(Professional professional, List<String> coveredLifeDomains, List<Expertise> coveredNeeds,
                                 int score, List<String> reasons) {

    /** The whole proposal. */
    record Suggestions(List<TentParticipantSuggestion> suggestions, List<String> uncoveredLifeDomains,
                       List<Expertise> uncoveredNeeds, int maxPerOrganisation) {
    }
}
