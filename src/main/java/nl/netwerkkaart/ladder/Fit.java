package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.netwerkkaart.graph.Row;

/**
 * How well a helper's expertise terms fit a question, taxonomy aware. The question's own terms are the expertise
 * terms IN_DOMAIN of one of its life domains. A helper's term is exact when it is such a term, narrower when it lies
 * below one (via BROADER), broader when one lies below it; a community resource may also address a life domain
 * directly without a fitting term. The best kind counts; each extra question domain covered adds a little.
 *
 * <p>The queries return each kind as a list of {@code {term, domain}} pairs: {@code exact}, {@code narrower},
 * {@code broader}; and {@code direct} as domain codes.
 */
record Fit(Set<String> exactTerms, Set<String> narrowerTerms, Set<String> broaderTerms, Set<String> directDomains,
           Set<String> coveredDomains) {

    static final int EXACT = 40;
    static final int NARROWER = 30;
    static final int BROADER = 20;
    static final int DOMAIN_ONLY = 10;
    static final int EXTRA_DOMAIN = 5;

    static Fit from(Row row, List<String> questionDomains) {
        var covered = new TreeSet<String>();
        var exact = terms(row.rows("exact"), covered);
        var narrower = terms(row.rows("narrower"), covered);
        var broader = terms(row.rows("broader"), covered);
        var direct = new TreeSet<>(row.strings("direct"));
        covered.addAll(direct);
        var inQuestionOrder = new LinkedHashSet<String>();
        questionDomains.stream().filter(covered::contains).forEach(inQuestionOrder::add);
        return new Fit(exact, narrower, broader, direct, inQuestionOrder);
    }

    private static Set<String> terms(List<Row> pairs, Set<String> covered) {
        var terms = new TreeSet<String>();
        for (var pair : pairs) {
            terms.add(pair.string("term"));
            covered.add(pair.string("domain"));
        }
        return terms;
    }

    boolean fits() {
        return !coveredDomains.isEmpty();
    }

    int score() {
        int best = !exactTerms.isEmpty() ? EXACT : !narrowerTerms.isEmpty() ? NARROWER : !broaderTerms.isEmpty() ? BROADER
                : !directDomains.isEmpty() ? DOMAIN_ONLY : 0;
        return best + Math.max(0, coveredDomains.size() - 1) * EXTRA_DOMAIN;
    }

    List<String> reasons(Map<String, String> domainNames) {
        var reasons = new ArrayList<String>();
        if (!exactTerms.isEmpty()) {
            reasons.add("Expertise past precies bij de vraag: " + String.join(", ", exactTerms));
        }
        else if (!narrowerTerms.isEmpty()) {
            reasons.add("Specifiekere expertise binnen het thema van de vraag: " + String.join(", ", narrowerTerms));
        }
        else if (!broaderTerms.isEmpty()) {
            reasons.add("Bredere expertise die de vraag omvat: " + String.join(", ", broaderTerms));
        }
        else {
            reasons.add("Richt zich op het leefdomein " + names(directDomains, domainNames));
        }
        if (coveredDomains.size() > 1) {
            reasons.add("Dekt " + coveredDomains.size() + " leefdomeinen van de vraag: " + names(coveredDomains, domainNames));
        }
        return reasons;
    }

    private static String names(Set<String> codes, Map<String, String> domainNames) {
        return String.join(", ", codes.stream().map(code -> domainNames.getOrDefault(code, code)).toList());
    }
}
