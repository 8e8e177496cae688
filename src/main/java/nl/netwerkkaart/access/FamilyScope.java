package nl.netwerkkaart.access;

import java.util.List;

/**
 * What a list of families is limited to: the coach's own families, or an explicit set of family ids.
 *
 * @param coachId        only families COACHED_BY this professional; null when {@code familyIds} applies
 * @param familyIds      only these families; null when {@code coachId} applies
 * @param municipalityId only families living in this municipality
 */
public record FamilyScope(String coachId, List<String> familyIds, String municipalityId) {
}
