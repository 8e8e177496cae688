package nl.netwerkkaart.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A help question's needs with the taxonomy they were read against, for the other steps of the support ladder: how
 * well a helper's expertise terms, or a text of theirs, fit the needs, on the scale of {@link ProfessionalRanking}'s
 * expertise fit (0 to 1: the need's weight times the relation's factor).
 */
public final class QuestionNeeds {

    /**
     * How a helper fits the question's most weighty need it fits, with a Dutch reason; {@code fit}: how the helper's
     * term relates to the need, null when a description names the need's words; {@code spoken}: false for a
     * specialisation the question's words do not point to.
     */
    public record NeedFit(Need need, double value, String reason, ExpertiseFit fit, boolean spoken) {

        /**
         * Whether the helper covers the need: holds the needed term, a specialisation the question speaks of, or the
         * broader term. A term beside the need, another specialisation or a description naming its words fits, but
         * does not cover it. The one definition the minimal team and the tent's participant suggestions use.
         */
        public boolean covers() {
            return fit != null && fit != ExpertiseFit.SIBLING && spoken;
        }
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
    private final Map<String, SupportAsk> supportAsks;
    private final Relations relations;

    QuestionNeeds(List<Need> needs, Set<String> pointed, List<String> lifeDomains, Map<String, SupportAsk> supportAsks,
                  Relations relations) {
        this.needs = needs;
        this.pointed = pointed;
        this.lifeDomains = lifeDomains;
        this.supportAsks = supportAsks;
        this.relations = relations;
    }

    /**
     * A kind of support (the name of a {@code SupportType}) the question asks for: in the family's own words
     * ({@code word}), or because it helps with a need ({@code need}: it shares a word of the vocabulary with the term).
     */
    public record SupportAsk(String type, String word, Need need) {

        /** Asked in the family's own words. */
        public boolean inWords() {
            return word != null;
        }

        /** The Dutch reason's end: "waar de vraag om vraagt ('oppas')" or "wat past bij de behoefte Respijtzorg". */
        public String reason() {
            return inWords() ? "waar de vraag om vraagt ('" + word + "')" : "wat past bij de behoefte " + need.expertise().name();
        }
    }

    /** The kinds of support the question asks for, by type name: those in its words first, then those of its needs. */
    public Map<String, SupportAsk> supportAsks() {
        return supportAsks;
    }

    /** The life domains of the question(s). */
    public List<String> lifeDomains() {
        return lifeDomains;
    }

    /**
     * The best fit of {@code terms} (expertise id to name) to each need they fit, in the needs' order: what a helper
     * brings to each need.
     */
    public List<NeedFit> fitsPerNeed(Map<String, String> terms) {
        var fits = new ArrayList<NeedFit>();
        for (var need : needs) {
            NeedFit best = null;
            for (var term : terms.entrySet()) {
                var relation = relation(term.getKey(), need);
                if (relation != null && (best == null || need.weight() * relation.factor() > best.value())) {
                    best = new NeedFit(need, need.weight() * relation.factor(), reason(term.getValue(), need, relation), relation.fit(),
                            relation.spoken());
                }
            }
            if (best != null) {
                fits.add(best);
            }
        }
        return fits;
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
        // without words that point to any term (or with the life-domain fallback) nothing says which specialisation is meant
        if (relation != ExpertiseFit.NARROWER || pointed.contains(held) || pointed.isEmpty()
                || need.source() == Need.Source.LIFE_DOMAINS) {
            return new Relation(relation, relation.factor(), true);
        }
        return inDomains(held) ? new Relation(relation, OTHER_SPECIALISATION, false) : null;
    }

    private boolean inDomains(String held) {
        var domains = relations.domains(held);
        return lifeDomains.isEmpty() || domains.isEmpty() || domains.stream().anyMatch(lifeDomains::contains);
    }

    /** A held term's relation to a need; {@code spoken} is false for a specialisation the question does not point to. */
    record Relation(ExpertiseFit fit, double factor, boolean spoken) {
    }

    public List<Need> needs() {
        return needs;
    }

    /** The same reading with only the needs {@code keep} accepts. */
    QuestionNeeds only(Predicate<Need> keep) {
        return new QuestionNeeds(needs.stream().filter(keep).toList(), pointed, lifeDomains, supportAsks, relations);
    }

    /** The best fit of {@code terms} (expertise id to name) to a need; empty when none fits. */
    public Optional<NeedFit> fitOf(Map<String, String> terms) {
        return fitsPerNeed(terms).stream().reduce((a, b) -> b.value() > a.value() ? b : a);
    }

    private static String reason(String term, Need need, Relation relation) {
        return switch (relation.fit()) {
            case EXACT -> "Richt zich op " + term + ", dat past " + need.because();
            case NARROWER -> "Richt zich op " + term + ", een specialisatie van " + need.expertise().name()
                    + ", dat past " + need.because()
                    + (relation.spoken() ? "" : "; de hulpvraag wijst niet op deze specialisatie");
            case SIBLING -> "Richt zich op " + term + ", verwant aan " + need.expertise().name() + ", dat past " + need.because();
            default -> "Richt zich op " + term + ", breder dan " + need.expertise().name() + ", dat past " + need.because();
        };
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
                        + "', wat past bij de behoefte " + need.expertise().name(), null, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The ids of every term that may fit a need: related to it in the taxonomy, siblings included. */
    public Set<String> fittingTermIds() {
        return relations.related(needs.stream().map(need -> need.expertise().id()).toList());
    }
}
