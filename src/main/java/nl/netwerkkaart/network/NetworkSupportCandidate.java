package nl.netwerkkaart.network;

import java.util.List;

/**
 * A network person who could help with a help question, for the network step of the support ladder.
 *
 * @param score   sum of the reasons' points; higher is better
 * @param ring    closest ring of the person's current ties to the household
 * @param reasons the Dutch reasons, plus first
 * @param weeklyContact whether one of the ties has at least weekly contact
 * @param worstQuality  STRESSFUL or AMBIVALENT when a tie is, else POSITIVE
 */
public record NetworkSupportCandidate(NetworkPerson person, int score, int ring, TieKind kind,
                                      List<SupportType> givesSupport, List<SupportReason> reasons,
                                      boolean weeklyContact, TieQuality worstQuality) {

    /** One reason for (positive points) or against (negative points, {@code minus}) asking the person. */
    public record SupportReason(String text, int points) {

        public boolean minus() {
            return points < 0;
        }
    }
}
