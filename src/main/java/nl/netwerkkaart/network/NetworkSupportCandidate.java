package nl.netwerkkaart.network;

import java.util.List;

/**
 * A network person who could help with a help question, for the network step of the support ladder.
 *
 * @param score   sum of the reasons' points; higher is better
 * @param ring    closest ring of the person's current ties to the household
 * @param reasons the Dutch reasons, plus first
 * @param ladder  the person's fit on the support ladder's 0-100 scale, with its Dutch reasons (docs/tent.md); null when
 *                the person gives none of the kinds of support the question asks for, so does not fit it
 */
public record NetworkSupportCandidate(NetworkPerson person, int score, int ring, TieKind kind,
                                      List<SupportType> givesSupport, List<SupportReason> reasons, LadderFit ladder) {

    /** The fit on the ladder's scale: 0 to 100, and the Dutch reasons as sentences. */
    public record LadderFit(int score, List<String> reasons) {
    }

    /** One reason for (positive points) or against (negative points, {@code minus}) asking the person. */
    public record SupportReason(String text, int points) {

        public boolean minus() {
            return points < 0;
        }
    }
}
