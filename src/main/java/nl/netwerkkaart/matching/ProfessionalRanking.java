package nl.netwerkkaart.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.directory.Expertise;
import nl.netwerkkaart.directory.Professional;
import nl.netwerkkaart.graph.Row;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranks professionals for a help question and puts together a minimal team for a family; see docs/matching.md for
 * the scoring table. Pure ranking: callers check that the user may read the family and audit the read, as
 * {@code matchProfessionals} and {@code minimalTeam} do, so the support ladder can reuse it inside its own audited read.
 */
@Service
@PreAuthorize("hasAnyRole('COACH', 'PROFESSIONAL')")
@Transactional(readOnly = true)
public class ProfessionalRanking {

    /**
     * Whoever fits a need first; of them, whoever holds a needed term, a specialisation or the broader term of one
     * before whoever holds only a term beside one (a sibling); then by score. Equal scores are ordered by name, then
     * id, so the same data always ranks the same way.
     */
    static final Comparator<RankedProfessional> ORDER = Comparator.comparing((RankedProfessional ranked) -> !ranked.fitsNeed())
            .thenComparing(ranked -> ranked.expertiseFit() == ExpertiseFit.SIBLING)
            .thenComparing(Comparator.comparingDouble(RankedProfessional::score).reversed())
            .thenComparing(ranked -> ranked.professional().name(), Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(ranked -> ranked.professional().id());

    private static final List<String> TELLING = List.of("HELPED", "REFERRED", "NO_CLICK", "NOT_REACHED", "NOT_SUITABLE");

    private final RankingRepository repository;
    private final NeedsService needs;

    ProfessionalRanking(RankingRepository repository, NeedsService needs) {
        this.repository = repository;
        this.needs = needs;
    }

    /**
     * The professionals of {@code tier} (all tiers when null) best fitting the help question, best first, at most
     * {@code limit}. Empty when there is no such question.
     */
    public List<RankedProfessional> rank(String helpQuestionId, Professional.Tier tier, int limit) {
        return ranked(helpQuestionId)
                .filter(ranked -> tier == null || ranked.professional().tier() == tier)
                .limit(limit)
                .toList();
    }

    /**
     * The best fitting professionals of every tier, best first, at most {@code limit} per tier, from one ranking (the
     * support ladder lists both tiers, with the question's needs it read once for all its steps). Empty lists when
     * there is no such question.
     */
    public Map<Professional.Tier, List<RankedProfessional>> rankPerTier(String helpQuestionId, QuestionNeeds questionNeeds,
                                                                        int limit) {
        var perTier = new EnumMap<Professional.Tier, List<RankedProfessional>>(Professional.Tier.class);
        for (var tier : Professional.Tier.values()) {
            perTier.put(tier, new ArrayList<>());
        }
        ranked(helpQuestionId, questionNeeds).forEach(ranked -> {
            var list = perTier.get(ranked.professional().tier());
            if (list != null && list.size() < limit) {
                list.add(ranked);
            }
        });
        perTier.replaceAll((tier, list) -> List.copyOf(list));
        return perTier;
    }

    private Stream<RankedProfessional> ranked(String helpQuestionId) {
        var id = Ids.require("helpQuestionId", helpQuestionId);
        return ranked(id, needs.questionNeeds(id));
    }

    private Stream<RankedProfessional> ranked(String helpQuestionId, QuestionNeeds questionNeeds) {
        return repository.candidates(helpQuestionId, questionNeeds.fittingTermIds()).stream()
                .map(row -> score(row, questionNeeds))
                .sorted(ORDER);
    }

    /**
     * The family's minimal team; null when there is no such family. Covers the needs (confirmed, else suggested terms;
     * not the life-domain fallback, as the domains are covered themselves) and the life domains of the open questions:
     * repeatedly whoever covers most of what is still uncovered, a need counting twice a domain.
     */
    MinimalTeam minimalTeam(String familyId) {
        var questions = repository.openQuestions(familyId);
        var assessment = needs.assess(questions);
        // the needs of all open questions, fitted as the ranking fits them (QuestionNeeds.fitsPerNeed)
        var teamNeeds = assessment.together(questions).only(need -> need.source() != Need.Source.LIFE_DOMAINS);
        var needed = new LinkedHashMap<String, Expertise>();
        teamNeeds.needs().forEach(need -> needed.putIfAbsent(need.expertise().id(), need.expertise()));
        var row = repository.team(familyId, teamNeeds.fittingTermIds()).orElse(null);
        if (row == null) {
            return null;
        }
        var domains = row.strings("domains");
        var uncovered = new HashSet<>(domains);
        var uncoveredNeeds = new HashSet<>(needed.keySet());
        var candidates = new ArrayList<>(row.rows("candidates"));
        // the needs each candidate covers, fitted once (QuestionNeeds.NeedFit.covers, as the tent's suggestions do)
        var coveredBy = new IdentityHashMap<Row, Set<String>>();
        candidates.forEach(candidate -> coveredBy.put(candidate, covered(candidate, teamNeeds)));
        var members = new ArrayList<MinimalTeam.Member>();
        while (!uncovered.isEmpty() || !uncoveredNeeds.isEmpty()) {
            var best = candidates.stream()
                    .filter(candidate -> gain(candidate, coveredBy.get(candidate), uncovered, uncoveredNeeds) > 0)
                    .min(Comparator.<Row>comparingInt(candidate -> -gain(candidate, coveredBy.get(candidate), uncovered, uncoveredNeeds))
                            .thenComparing(candidate -> !candidate.bool("local"))
                            .thenComparing(candidate -> -candidate.row("professional").integer("capacity"))
                            .thenComparing(candidate -> candidate.row("professional").string("name"))
                            .thenComparing(candidate -> candidate.row("professional").string("id")));
            if (best.isEmpty()) {
                break;
            }
            var covers = domains.stream().filter(uncovered::contains).filter(best.get().strings("covers")::contains).toList();
            var fitted = coveredBy.get(best.get());
            var coversNeeds = needed.keySet().stream().filter(uncoveredNeeds::contains).filter(fitted::contains).toList();
            covers.forEach(uncovered::remove);
            coversNeeds.forEach(uncoveredNeeds::remove);
            candidates.remove(best.get());
            members.add(new MinimalTeam.Member(Professional.from(best.get().row("professional")), covers,
                    coversNeeds.stream().map(needed::get).toList()));
        }
        return new MinimalTeam(familyId, domains, List.copyOf(members), domains.stream().filter(uncovered::contains).toList(),
                List.copyOf(needed.values()), needed.keySet().stream().filter(uncoveredNeeds::contains).map(needed::get).toList());
    }

    /**
     * The ids of the needs a candidate covers: those {@link QuestionNeeds#fitsPerNeed} fits with a fit that
     * {@link QuestionNeeds.NeedFit#covers covers} them (the term, a specialisation the question speaks of or the broader
     * term; a term beside a need does not cover it).
     */
    private static Set<String> covered(Row candidate, QuestionNeeds teamNeeds) {
        var held = new LinkedHashMap<String, String>();
        candidate.strings("held").forEach(id -> held.put(id, id));
        var covered = new HashSet<String>();
        teamNeeds.fitsPerNeed(held).stream().filter(QuestionNeeds.NeedFit::covers)
                .forEach(fit -> covered.add(fit.need().expertise().id()));
        return covered;
    }

    private static int gain(Row candidate, Set<String> covered, Set<String> uncovered, Set<String> uncoveredNeeds) {
        return gain(candidate, uncovered) + 2 * (int) uncoveredNeeds.stream().filter(covered::contains).count();
    }

    private static int gain(Row candidate, Set<String> uncovered) {
        return (int) candidate.strings("covers").stream().filter(uncovered::contains).count();
    }

    /** The best fit of one held expertise to one need. */
    private record Fit(Need need, String expertise, QuestionNeeds.Relation relation, double value) {
    }

    /** The scoring table of docs/matching.md. */
    private static RankedProfessional score(Row row, QuestionNeeds questionNeeds) {
        var needs = questionNeeds.needs();
        var professional = Professional.from(row.row("professional"));
        var names = new LinkedHashMap<String, String>();
        row.rows("domains").forEach(domain -> names.put(domain.string("code"), domain.string("name")));
        var covered = names.keySet().stream().filter(row.strings("covered")::contains).toList();

        // per need, the best of the professional's expertises for it
        var perNeed = new ArrayList<Fit>();
        for (var need : needs) {
            Fit best = null;
            for (var held : row.rows("held")) {
                var relation = questionNeeds.relation(held.string("id"), need);
                if (relation != null && (best == null || relation.factor() > best.relation().factor())) {
                    best = new Fit(need, held.string("name"), relation, need.weight() * relation.factor());
                }
            }
            if (best != null) {
                perNeed.add(best);
            }
        }
        // a term fitting a need directly (exact, narrower, broader) counts before a sibling of one, whatever their points
        var top = perNeed.stream().max(Comparator.comparing((Fit f) -> f.relation().fit() != ExpertiseFit.SIBLING)
                .thenComparingDouble(Fit::value)).orElse(null);
        boolean fits = top != null;
        var fit = fits ? top.relation().fit() : ExpertiseFit.SAME_DOMAIN;

        var parts = List.of(
                expertise(top, needs),
                needCoverage(perNeed, needs),
                coverage(covered, names),
                practical(fits, capacity(professional)),
                practical(fits, area(row.strings("servedAreas"))),
                practical(fits, language(row.strings("sharedLanguages"), row.integer("familyLanguages"))),
                practical(fits, trackRecord(row.strings("outcomes"))));
        var score = round(parts.stream().mapToDouble(ScorePart::points).sum());
        return new RankedProfessional(professional, score, fit, covered, parts, fits);
    }

    private static ScorePart expertise(Fit top, List<Need> needs) {
        if (top == null) {
            var wanted = String.join(", ", needs.stream().map(need -> need.expertise().name()).toList());
            return new ScorePart(MatchCriterion.EXPERTISE_FIT, 0,
                    "Geen expertise past bij wat de hulpvraag nodig heeft" + (wanted.isEmpty() ? "" : " (" + wanted + ")"));
        }
        var need = top.need();
        var reason = switch (top.relation().fit()) {
            case EXACT -> "Expertise " + top.expertise() + " past " + need.because();
            case NARROWER -> "Expertise " + top.expertise() + " is een specialisatie van " + need.expertise().name()
                    + ", dat past " + need.because()
                    + (top.relation().spoken() ? "" : "; de hulpvraag wijst niet op deze specialisatie");
            case SIBLING -> "Expertise " + top.expertise() + " is verwant aan " + need.expertise().name()
                    + " (zelfde bredere term), dat past " + need.because();
            case BROADER -> "Expertise " + top.expertise() + " is breder dan " + need.expertise().name()
                    + ", dat past " + need.because();
            case SAME_DOMAIN -> throw new IllegalStateException();
        };
        return new ScorePart(MatchCriterion.EXPERTISE_FIT, round(MatchCriterion.EXPERTISE_FIT.maximum() * top.value()), reason);
    }

    /** The share of the needs' weight the professional fits, each need counting with its relation. */
    private static ScorePart needCoverage(List<Fit> perNeed, List<Need> needs) {
        double total = needs.stream().mapToDouble(Need::weight).sum();
        if (total == 0) {
            return new ScorePart(MatchCriterion.NEED_COVERAGE, 0, "De hulpvraag noemt geen behoeften");
        }
        double share = perNeed.stream().mapToDouble(Fit::value).sum() / total;
        var list = String.join(", ", perNeed.stream().map(fit -> fit.need().expertise().name()).toList());
        var reason = perNeed.isEmpty() ? "Past bij geen van de " + needs.size() + " behoeften"
                : needs.size() == 1 ? "Past bij de behoefte " + list
                : "Past bij " + perNeed.size() + " van de " + needs.size() + " behoeften: " + list;
        return new ScorePart(MatchCriterion.NEED_COVERAGE, round(MatchCriterion.NEED_COVERAGE.maximum() * share), reason);
    }

    /** Capacity, area, language and track record count only for someone who fits a need: no points for not fitting. */
    private static ScorePart practical(boolean fits, ScorePart part) {
        return fits ? part : new ScorePart(part.criterion(), 0, part.reason() + " (telt niet mee: past bij geen behoefte)");
    }

    private static ScorePart coverage(List<String> covered, Map<String, String> names) {
        var points = round(MatchCriterion.DOMAIN_COVERAGE.maximum() * covered.size() / Math.max(1, names.size()));
        var list = String.join(", ", covered.stream().map(names::get).toList());
        var reason = covered.isEmpty() ? "Geen expertise rechtstreeks in de leefdomeinen van de hulpvraag"
                : covered.size() == names.size() ? "Dekt alle leefdomeinen van de hulpvraag: " + list
                : "Dekt " + covered.size() + " van de " + names.size() + " leefdomeinen: " + list;
        return new ScorePart(MatchCriterion.DOMAIN_COVERAGE, points, reason);
    }

    private static ScorePart capacity(Professional professional) {
        int places = professional.capacity() == null ? 0 : professional.capacity();
        boolean accepting = professional.acceptingClients();
        var free = places == 1 ? "1 plaats vrij" : places + " plaatsen vrij";
        var reason = places > 0 && accepting ? free + " en neemt nieuwe cliënten aan"
                : places > 0 ? free + ", maar neemt nu geen nieuwe cliënten aan"
                : accepting ? "Geen plaats vrij"
                : "Geen plaats vrij en neemt geen nieuwe cliënten aan";
        return new ScorePart(MatchCriterion.CAPACITY, (places > 0 ? 7 : 0) + (accepting ? 3 : 0), reason);
    }

    private static ScorePart area(List<String> servedAreas) {
        return servedAreas.isEmpty()
                ? new ScorePart(MatchCriterion.AREA, 0, "Werkt niet in de kern waar het gezin woont")
                : new ScorePart(MatchCriterion.AREA, MatchCriterion.AREA.maximum(),
                        "Werkt in " + servedAreas.get(0) + ", waar het gezin woont");
    }

    private static ScorePart language(List<String> shared, int familyLanguages) {
        if (!shared.isEmpty()) {
            return new ScorePart(MatchCriterion.LANGUAGE, MatchCriterion.LANGUAGE.maximum(),
                    "Spreekt een taal van het gezin: " + String.join(", ", shared));
        }
        return new ScorePart(MatchCriterion.LANGUAGE, 0, familyLanguages == 0
                ? "De talen van het gezin zijn niet bekend" : "Spreekt geen van de talen van het gezin");
    }

    /**
     * Helped counts 1, referred ½, out of the outcomes that say something about the fit (not NO_CAPACITY or
     * NO_LONGER_NEEDED), smoothed with one success and one failure so that no history scores half.
     */
    private static ScorePart trackRecord(List<String> outcomes) {
        var telling = outcomes.stream().filter(TELLING::contains).toList();
        long helped = telling.stream().filter("HELPED"::equals).count();
        long referred = telling.stream().filter("REFERRED"::equals).count();
        double points = round(MatchCriterion.TRACK_RECORD.maximum() * (helped + 0.5 * referred + 1) / (telling.size() + 2));
        if (telling.isEmpty()) {
            return new ScorePart(MatchCriterion.TRACK_RECORD, points, "Nog geen afgesloten matches op deze leefdomeinen (neutraal)");
        }
        var reason = "Eerdere matches op deze leefdomeinen: " + helped + " van de " + telling.size() + " geholpen"
                + (referred > 0 ? ", " + referred + " doorverwezen" : "");
        return new ScorePart(MatchCriterion.TRACK_RECORD, points, reason);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
