package nl.netwerkkaart.ladder;

import java.util.List;

import nl.netwerkkaart.directory.Professional;

/**
 * The FIRST_LINE and SPECIALIST steps. A seam for the matching feature's tier ranking: replace
 * {@link ExpertiseFitProfessionalSupport} with an adapter to it.
 */
public interface ProfessionalSupport {

    /** Professionals of {@code tier} for the question, best first, each with the step of that tier. */
    List<SupportOption> options(LadderQuestion question, Professional.Tier tier);
}
