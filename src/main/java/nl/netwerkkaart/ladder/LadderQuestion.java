package nl.netwerkkaart.ladder;

import java.util.List;

/**
 * What every ladder step needs to know about a help question, loaded once.
 *
 * @param familyId       the family that raised it
 * @param homeAreaId     the kern or wijk the family lives in; null when unknown
 * @param kernId         the family's kern (the home area or the kern of its wijk); null when unknown
 * @param kernName       its name, for the reasons
 * @param municipalityId the municipality of that kern; null when unknown
 * @param lifeDomains    the codes of the life domains the question concerns
 * @param ages           the ages that count for age ranges: of the member the question is about when their birth date
 *                       is known, else of every child with a known birth date
 * @param languages      every language a member of the family speaks
 */
public record LadderQuestion(String helpQuestionId, String familyId, String homeAreaId, String kernId, String kernName,
                             String municipalityId, List<String> lifeDomains, List<Integer> ages, List<String> languages) {
}
