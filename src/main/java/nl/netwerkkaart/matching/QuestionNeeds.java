package nl.netwerkkaart.matching;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A help question's needs with the taxonomy they were read against, for the other steps of the support ladder: how
 * well a helper's expertise terms, or a text of theirs, fit the needs, on the scale of {@link ProfessionalRanking}'s
 * expertise fit (0 to 1: the need's weight times the relation's factor).
 */
public final class QuestionNeeds {

    /** How a helper fits the question's most weighty need it fits, with a Dutch reason. */
    public record NeedFit(Need need, double value, String reason) {
    }

    /**
     * The share of a need's weight a specialisation of it earns when the question's words do not point to that
     * specialisation but it lies in one of the question's life domains: a youth worker for cannabis is a specialist of
     * addiction care, but not of the gambling the question is about. Below the broader term's share.
     */
    static final double OTHER_SPECIALISATION = 0.3;

    private final List<Need> needs;
    private final Set<String> pointed;
    private final List<String> lifeDomains;
    private final Relations relations;

    QuestionNeeds(List<Need> needs, Set<String> pointed, List<String> lifeDomains, Relations relations) {
        this.needs = needs;
        this.pointed = pointed;
        this.lifeDomains = lifeDomains;
        this.relations = relations;
    }

    /**
     * How {@code held} fits {@code need}: the relation with its share of the need's weight: exact 1, a specialisation
     * the question's words point to 0.6, the broader term 0.5, another specialisation in the question's life domains
     * {@value #OTHER_SPECIALISATION}, a term beside the need (the same broader term) in the question's life domains 0.2.
     * Null when it does not fit: unrelated, or a specialisation or sibling outside the question's life domains that its
     * words do not point to.
     */
    Relation relation(String held, Need need) {
        var needed = need.expertise().id();
        var relation = relations.relation(held, needed);
        if (relation == null) {
            return relations.sibling(held, needed) && inDomains(held)
                    ? new Relation(ExpertiseFit.SIBLING, ExpertiseFit.SIBLING.factor(), true) : null;
        }
        if (relation != ExpertiseFit.NARROWER || pointed.contains(held)) {
            return new Relation(relation, relation.factor(), true);
        }
        return inDomains(held) ? new Relation(relation, OTHER_SPECIALISATION, false) : null;
    }

    private boolean inDomains(String held) {
        return lifeDomains.isEmpty() || relations.domains(held).stream().anyMatch(lifeDomains::contains);
    }

    /** A held term's relation to a need; {@code spoken} is false for a specialisation the question does not point to. */
    record Relation(ExpertiseFit fit, double factor, boolean spoken) {
    }

    public List<Need> needs() {
        return needs;
    }

    Relations relations() {
        return relations;
    }

    /** The best fit of {@code terms} (expertise id to name) to a need; empty when none fits. */
    public Optional<NeedFit> fitOf(Map<String, String> terms) {
        NeedFit best = null;
        for (var need : needs) {
            for (var term : terms.entrySet()) {
                var relation = relation(term.getKey(), need);
                if (relation == null) {
                    continue;
                }
                double value = need.weight() * relation.factor();
                if (best == null || value > best.value()) {
                    var reason = switch (relation.fit()) {
                        case EXACT -> "Richt zich op " + term.getValue() + ", dat past " + need.because();
                        case NARROWER -> "Richt zich op " + term.getValue() + ", een specialisatie van " + need.expertise().name()
                                + ", dat past " + need.because()
                                + (relation.spoken() ? "" : "; de hulpvraag wijst niet op deze specialisatie");
                        case SIBLING -> "Richt zich op " + term.getValue() + ", verwant aan " + need.expertise().name()
                                + ", dat past " + need.because();
                        default -> "Richt zich op " + term.getValue() + ", breder dan " + need.expertise().name()
                                + ", dat past " + need.because();
                    };
                    best = new NeedFit(need, value, reason);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether {@code text} (a description) names the words that led to a need: counts for half the need's weight.
     * Empty when it names none.
     */
    public Optional<NeedFit> fitOfText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var lower = text.toLowerCase(Locale.ROOT);
        NeedFit best = null;
        for (var need : needs) {
            var named = need.words().stream().filter(word -> word.length() >= 4 && lower.contains(word)).toList();
            if (!named.isEmpty() && (best == null || need.weight() / 2 > best.value())) {
                best = new NeedFit(need, need.weight() / 2, "De beschrijving noemt '" + String.join("', '", named)
                        + "', wat past bij de behoefte " + need.expertise().name());
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ids of every term that may fit a need: related to it in the taxonomy, siblings included. */
    public Set<String> fittingTermIds() {
        return relations.related(needs.stream().map(need -> need.expertise().id()).toList());
    }
}
