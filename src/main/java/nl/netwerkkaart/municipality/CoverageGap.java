package nl.netwerkkaart.municipality;

import java.util.List;

import nl.netwerkkaart.directory.Expertise;

/**
 * A kern × life domain where demand meets little supply, with what could fill it.
 *
 * @param resourceKinds kinds of active community resources that address the life domain anywhere in the directory,
 *                      most common first
 * @param expertises    the expertise terms in the life domain, by name
 */
public record CoverageGap(String kernId, String kernName, String lifeDomain, Count demand, int communityResources,
                          int professionals, double gapScore, List<String> resourceKinds, List<Expertise> expertises) {
}
