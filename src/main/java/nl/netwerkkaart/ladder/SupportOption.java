package nl.netwerkkaart.ladder;

import java.util.List;

import nl.netwerkkaart.community.CommunityResource;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.network.NetworkPerson;

/** One option on the ladder; exactly one of person, communityResource and professional is set. */
public record SupportOption(LadderStep step, int score, List<String> reasons, NetworkPerson person,
                            CommunityResource communityResource, Professional professional) {
}
