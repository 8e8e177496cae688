package nl.netwerkkaart.tent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.api.Limits;
import nl.netwerkkaart.api.NotFoundException;
import nl.netwerkkaart.audit.AuditAction;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.matching.Need;
import nl.netwerkkaart.matching.NeedsService;
import nl.netwerkkaart.matching.QuestionNeeds;
import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.tent.TentParticipantSuggestion.Suggestions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposes tent participants by expertise, greedily: each round takes the candidate with the highest score (see
 * {@link #score}) among those whose organisation has not reached its cap, ties broken by name and id, so the same data
 * always gives the same tent. The questions' needs (confirmed, else suggested expertise terms; docs/matching.md) count
 * first, their life domains after.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
class TentParticipantSuggestionService {

    static final int MAX_SIZE = 20;
    static final int NEW_DOMAIN = 10;
    static final int ANY_DOMAIN = 2;
    static final int CAPACITY = 5;
    static final int KERN = 3;
    static final int AREA = 1;
    static final int COLLEAGUE = 2;
    static final int NEW_NEED = 20;
    static final int ANY_NEED = 4;

    private final TentSuggestionRepository repository;
    private final FamilyGate gate;
    private final TentProperties properties;
    private final NeedsService needs;

    TentParticipantSuggestionService(TentSuggestionRepository repository, FamilyGate gate, TentProperties properties,
                                     NeedsService needs) {
        this.repository = repository;
        this.gate = gate;
        this.properties = properties;
        this.needs = needs;
    }

    private record Candidate(Professional professional, Set<String> covered, List<QuestionNeeds.NeedFit> fits,
                             String organisationKey, String organisationName, boolean servesKern, boolean servesFamily) {
    }

    @Transactional(readOnly = true)
    Suggestions suggest(List<String> helpQuestionIds, Integer size) {
        if (helpQuestionIds == null || helpQuestionIds.isEmpty() || helpQuestionIds.size() > Limits.LIST) {
            throw new InvalidInputException("helpQuestionIds", "must name 1 to " + Limits.LIST + " help questions");
        }
        int limit = size == null ? 10 : size;
        if (limit < 1 || limit > MAX_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_SIZE);
        }
        var questionIds = Ids.requireAll("helpQuestionIds", helpQuestionIds).stream().distinct().toList();
        var families = repository.familiesOf(questionIds);
        if (families.size() != questionIds.size()) {
            throw new NotFoundException("helpQuestionIds", "help question");
        }
        if (families.stream().distinct().count() > 1) {
            throw new InvalidInputException("helpQuestionIds", "must all be questions of the same family");
        }
        var familyId = families.get(0);
        if (!gate.read(AuditAction.SEARCH, familyId, "TentParticipantSuggestions", familyId)) {
            throw new NotFoundException("helpQuestionIds", "help question");
        }
        var questionNeeds = needs.questionNeeds(questionIds);
        return pick(repository.candidates(familyId, questionIds, questionNeeds.fittingTermIds()), questionNeeds, limit);
    }

    private Suggestions pick(Row row, QuestionNeeds questionNeeds, int limit) {
        var domainNames = new LinkedHashMap<String, String>();
        row.rows("domains").forEach(domain -> domainNames.put(domain.string("code"), domain.string("name")));
        var kernName = row.string("kernName");
        var candidates = new ArrayList<Candidate>();
        for (var candidate : row.rows("candidates")) {
            var organisation = candidate.row("organisation");
            var professional = Professional.from(candidate.row("professional"));
            var held = new LinkedHashMap<String, String>();
            candidate.rows("held").forEach(term -> held.put(term.string("id"), term.string("name")));
            candidates.add(new Candidate(professional, new HashSet<>(candidate.strings("covered")), questionNeeds.fitsPerNeed(held),
                    organisation == null ? "professional:" + professional.id() : organisation.string("id"),
                    organisation == null ? null : organisation.string("name"),
                    candidate.bool("servesKern"), candidate.bool("servesFamily")));
        }
        candidates.sort(Comparator.comparing((Candidate c) -> c.professional().name()).thenComparing(c -> c.professional().id()));
        var covered = new HashSet<String>();
        var coveredNeeds = new HashSet<String>();
        var perOrganisation = new HashMap<String, Integer>();
        var picks = new ArrayList<TentParticipantSuggestion>();
        while (picks.size() < limit) {
            Candidate best = null;
            int bestScore = Integer.MIN_VALUE;
            for (var candidate : candidates) {
                int colleagues = perOrganisation.getOrDefault(candidate.organisationKey(), 0);
                if (colleagues >= properties.maxPerOrganisation()) {
                    continue;
                }
                int score = score(candidate, covered, coveredNeeds, colleagues);
                // strictly greater: the first in name order wins a tie
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
            if (best == null) {
                break;
            }
            int colleagues = perOrganisation.getOrDefault(best.organisationKey(), 0);
            var coveredByBest = covering(best).map(fit -> fit.need().expertise()).toList();
            picks.add(new TentParticipantSuggestion(best.professional(),
                    domainNames.keySet().stream().filter(best.covered()::contains).toList(),
                    coveredByBest, bestScore, reasons(best, covered, coveredNeeds, colleagues, domainNames, kernName)));
            covered.addAll(best.covered());
            coveredByBest.forEach(term -> coveredNeeds.add(term.id()));
            perOrganisation.merge(best.organisationKey(), 1, Integer::sum);
            candidates.remove(best);
        }
        var uncovered = domainNames.keySet().stream().filter(code -> !covered.contains(code)).toList();
        var uncoveredNeeds = questionNeeds.needs().stream().filter(need -> need.source() != Need.Source.LIFE_DOMAINS)
                .map(Need::expertise).filter(term -> !coveredNeeds.contains(term.id())).toList();
        return new Suggestions(picks, uncovered, uncoveredNeeds, properties.maxPerOrganisation());
    }

    /** The candidate's fits that cover their need ({@link QuestionNeeds.NeedFit#covers}, as in the minimal team). */
    private static Stream<QuestionNeeds.NeedFit> covering(Candidate candidate) {
        return candidate.fits().stream().filter(QuestionNeeds.NeedFit::covers);
    }

    /**
     * Per need of the questions the candidate fits: {@value #NEW_NEED} times the fit (the need's weight times the
     * relation's share, as in the ranking) while no earlier pick covers the need, {@value #ANY_NEED} times it after;
     * then 10 per question domain not yet covered by earlier picks, 2 per question domain covered at all, 5 for open
     * places (accepting clients and capacity above 0), 3 for serving the family's kern or 1 for serving a larger area
     * around the family, minus 2 per colleague of the same organisation already picked.
     */
    static int score(Candidate candidate, Set<String> covered, Set<String> coveredNeeds, int colleagues) {
        double needPoints = 0;
        for (var fit : candidate.fits()) {
            needPoints += (coveredNeeds.contains(fit.need().expertise().id()) ? ANY_NEED : NEW_NEED) * fit.value();
        }
        int fresh = (int) candidate.covered().stream().filter(code -> !covered.contains(code)).count();
        int score = (int) Math.round(needPoints) + fresh * NEW_DOMAIN + candidate.covered().size() * ANY_DOMAIN;
        if (hasRoom(candidate.professional())) {
            score += CAPACITY;
        }
        score += candidate.servesKern() ? KERN : candidate.servesFamily() ? AREA : 0;
        return score - colleagues * COLLEAGUE;
    }

    private static boolean hasRoom(Professional professional) {
        return professional.acceptingClients() && professional.capacity() != null && professional.capacity() > 0;
    }

    private List<String> reasons(Candidate candidate, Set<String> covered, Set<String> coveredNeeds, int colleagues,
                                 Map<String, String> domainNames, String kernName) {
        var reasons = new ArrayList<String>();
        for (var fit : candidate.fits()) {
            reasons.add(fit.reason() + (coveredNeeds.contains(fit.need().expertise().id()) ? " (al gedekt door een eerdere deelnemer)" : ""));
        }
        var fresh = domainNames.keySet().stream()
                .filter(code -> candidate.covered().contains(code) && !covered.contains(code)).map(domainNames::get).toList();
        var again = domainNames.keySet().stream()
                .filter(code -> candidate.covered().contains(code) && covered.contains(code)).map(domainNames::get).toList();
        if (!fresh.isEmpty()) {
            reasons.add("Brengt expertise in die nog ontbrak: " + String.join(", ", fresh));
        }
        if (!again.isEmpty()) {
            reasons.add("Versterkt de expertise in: " + String.join(", ", again));
        }
        var professional = candidate.professional();
        reasons.add(hasRoom(professional)
                ? "Heeft ruimte voor nieuwe gezinnen (" + professional.capacity() + (professional.capacity() == 1 ? " plek)" : " plekken)")
                : "Heeft nu geen ruimte voor nieuwe gezinnen");
        if (candidate.servesKern()) {
            reasons.add(kernName == null ? "Werkt in de kern van het gezin" : "Werkt in " + kernName + ", de kern van het gezin");
        }
        else if (candidate.servesFamily()) {
            reasons.add("Werkt in het gebied waar het gezin woont");
        }
        else {
            reasons.add("Werkt niet in het gebied van het gezin");
        }
        if (candidate.organisationName() != null) {
            reasons.add(colleagues == 0
                    ? "Eerste deelnemer van " + candidate.organisationName()
                    : "Deelnemer " + (colleagues + 1) + " van " + candidate.organisationName() + " (maximaal "
                      + properties.maxPerOrganisation() + " per organisatie)");
        }
        return reasons;
    }
}
