package nl.netwerkkaart.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import nl.netwerkkaart.access.FamilyGate;
import nl.netwerkkaart.api.InvalidInputException;
import nl.netwerkkaart.directory.Expertise;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A help question's needs as expertise terms: those the coach confirmed, else those its text points to
 * ({@link NeedsAnalysis}). Pure reading of questions the caller already may read: callers check family access and
 * audit the read. The names of a family's members and network persons, taken out of its questions' texts before they
 * are read, are read only for a family the family gate lets the user read ({@link FamilyGate#readable}, without an
 * event of its own: the caller audited the read of the question); they never leave the service.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class NeedsService {

    static final int MAX_TEXT = 2000;

    private final NeedsRepository repository;
    private final NeedsAnalysis analysis;
    private final FamilyGate gate;

    NeedsService(NeedsRepository repository, NeedsAnalysis analysis, FamilyGate gate) {
        this.repository = repository;
        this.analysis = analysis;
        this.gate = gate;
    }

    /** The questions with the names of their families' persons, for the families the gate lets the user read. */
    private Map<String, NeedsRepository.QuestionText> questionsWithNames(Collection<String> questionIds) {
        var questions = repository.questions(questionIds);
        var families = questions.values().stream().map(NeedsRepository.QuestionText::familyId).collect(Collectors.toSet());
        var names = repository.names(gate.readable(families));
        var result = new HashMap<String, NeedsRepository.QuestionText>();
        questions.forEach((id, question) -> result.put(id, question.withNames(names.getOrDefault(question.familyId(), List.of()))));
        return result;
    }

    /** The suggestions for a text not stored ({@code suggestExpertises}). */
    List<SuggestedExpertise> suggest(String text, List<String> lifeDomains) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "must be at most " + MAX_TEXT + " characters");
        }
        return analysis.suggest(text, List.of(), lifeDomains == null ? List.of() : lifeDomains).stream()
                .map(s -> new SuggestedExpertise(s.expertise(), s.score(), s.words(), false))
                .toList();
    }

    /** {@code HelpQuestion.suggestedExpertises} for each question id. */
    Map<String, List<SuggestedExpertise>> suggested(Collection<String> questionIds) {
        var result = new HashMap<String, List<SuggestedExpertise>>();
        var taxonomy = analysis.taxonomy();
        questionsWithNames(questionIds).forEach((id, question) -> {
            var confirmed = question.needed().stream().map(Expertise::id).collect(Collectors.toSet());
            result.put(id, analysis.read(taxonomy, question.text(), question.context(), question.lifeDomains(), question.names())
                    .suggestions().stream()
                    .map(s -> new SuggestedExpertise(s.expertise(), s.score(), s.words(), confirmed.contains(s.expertise().id())))
                    .toList());
        });
        return result;
    }

    /** {@code HelpQuestion.neededExpertises} for each question id. */
    Map<String, List<Expertise>> confirmed(Collection<String> questionIds) {
        var result = new HashMap<String, List<Expertise>>();
        repository.questions(questionIds).forEach((id, question) -> result.put(id, question.needed()));
        return result;
    }

    /** The needs of some questions, with the taxonomy they were read against. */
    public record Assessment(Map<String, List<Need>> needs, Map<String, Set<String>> pointed,
                             Map<String, List<String>> lifeDomains, Map<String, Map<String, QuestionNeeds.SupportAsk>> supportAsks,
                             Relations relations) {

        /** One question's needs, with the terms its text points to, its life domains and the kinds of support it asks for. */
        QuestionNeeds of(String questionId) {
            return new QuestionNeeds(needs.getOrDefault(questionId, List.of()), pointed.getOrDefault(questionId, Set.of()),
                    lifeDomains.getOrDefault(questionId, List.of()), supportAsks.getOrDefault(questionId, Map.of()), relations);
        }

        /**
         * The needs of several questions together (a need of more than one counts with its highest weight), with every
         * term their texts point to, all their life domains and kinds of support.
         */
        QuestionNeeds together(Collection<String> questionIds) {
            var merged = new LinkedHashMap<String, Need>();
            var allPointed = new HashSet<String>();
            var allDomains = new LinkedHashSet<String>();
            var asks = new LinkedHashMap<String, QuestionNeeds.SupportAsk>();
            for (var id : questionIds) {
                needs.getOrDefault(id, List.of()).forEach(need -> merged.merge(need.expertise().id(), need,
                        (a, b) -> a.weight() >= b.weight() ? a : b));
                allPointed.addAll(pointed.getOrDefault(id, Set.of()));
                allDomains.addAll(lifeDomains.getOrDefault(id, List.of()));
                supportAsks.getOrDefault(id, Map.of()).forEach(asks::putIfAbsent);
            }
            var sorted = merged.values().stream().sorted(Comparator.comparingDouble(Need::weight).reversed()).toList();
            return new QuestionNeeds(sorted, Set.copyOf(allPointed), List.copyOf(allDomains), asks, relations);
        }
    }

    /**
     * The needs of each question: the confirmed terms when the coach confirmed any (weight 1; the words of a matching
     * suggestion kept), else the suggested terms (the best {@value Need#SUGGESTED}, the others in proportion to their
     * score, at least 0.6 of that), else, the coarse fallback, the terms all of whose life domains the question
     * concerns ({@value Need#DOMAIN}).
     */
    Assessment assess(Collection<String> questionIds) {
        var taxonomy = analysis.taxonomy();
        var result = new HashMap<String, List<Need>>();
        var pointed = new HashMap<String, Set<String>>();
        var domains = new HashMap<String, List<String>>();
        var asked = new HashMap<String, Map<String, String>>();
        questionsWithNames(questionIds).forEach((id, question) -> {
            domains.put(id, question.lifeDomains());
            var reading = analysis.read(taxonomy, question.text(), question.context(), question.lifeDomains(), question.names());
            var suggestions = reading.suggestions();
            pointed.put(id, reading.pointed());
            asked.put(id, reading.asked());
            var needs = new ArrayList<Need>();
            if (!question.needed().isEmpty()) {
                for (var expertise : question.needed()) {
                    var words = suggestions.stream().filter(s -> s.expertise().id().equals(expertise.id()))
                            .findFirst().map(NeedsAnalysis.Suggestion::words).orElse(List.of());
                    needs.add(new Need(expertise, Need.CONFIRMED, Need.Source.CONFIRMED, words));
                }
            }
            else if (!suggestions.isEmpty()) {
                double best = suggestions.get(0).score();
                for (var s : suggestions) {
                    double weight = Need.SUGGESTED * Math.max(0.6, s.score() / best);
                    needs.add(new Need(s.expertise(), Math.round(weight * 100) / 100.0, Need.Source.SUGGESTED, s.words()));
                }
            }
            else {
                taxonomy.stream()
                        .filter(term -> !term.domains().isEmpty() && question.lifeDomains().containsAll(term.domains()))
                        .forEach(term -> needs.add(new Need(term.expertise(), Need.DOMAIN, Need.Source.LIFE_DOMAINS, List.of())));
            }
            result.put(id, List.copyOf(needs));
        });
        var supportAsks = new HashMap<String, Map<String, QuestionNeeds.SupportAsk>>();
        result.forEach((id, list) -> {
            var asks = new LinkedHashMap<String, QuestionNeeds.SupportAsk>();
            asked.getOrDefault(id, Map.of()).forEach((type, word) -> asks.put(type, new QuestionNeeds.SupportAsk(type, word, null)));
            list.stream().filter(need -> need.source() != Need.Source.LIFE_DOMAINS).forEach(need ->
                    analysis.supportTypes(taxonomy, need.expertise().id())
                            .forEach(type -> asks.putIfAbsent(type, new QuestionNeeds.SupportAsk(type, null, need))));
            supportAsks.put(id, asks);
        });
        return new Assessment(result, pointed, domains, supportAsks, new Relations(taxonomy));
    }

    /** The needs of several questions of a family together, for the tent's participants. */
    public QuestionNeeds questionNeeds(Collection<String> questionIds) {
        return assess(questionIds).together(questionIds);
    }

    /** The question's needs with the taxonomy, for the other steps of the support ladder. */
    public QuestionNeeds questionNeeds(String questionId) {
        return assess(Set.of(questionId)).of(questionId);
    }
}
