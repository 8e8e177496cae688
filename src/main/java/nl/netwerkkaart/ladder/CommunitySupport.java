package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.netwerkkaart.community.Staleness;
import nl.netwerkkaart.community.CommunityResource;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.matching.LadderStep;
import nl.netwerkkaart.matching.QuestionNeeds;
import org.springframework.stereotype.Component;

/**
 * The COMMUNITY step: fitting, active community resources of the family's municipality, scored 0 to 100 on the scale
 * of every ladder step (docs/matching.md), as the sum of
 * <ul>
 *   <li>fit to the question's needs ({@link QuestionNeeds}), up to 50: 50 times the best need's weight times the
 *       relation of an expertise the resource addresses (exact 1, narrower 0.6, broader 0.5), or half the need's weight
 *       when only its description names the words that led to the need; a resource that fits no need but lies in one
 *       of the question's life domains ({@link Fit}) gets {@value #DOMAIN_ONLY};</li>
 *   <li>place, up to 20: in the family's kern 20; in a neighbouring kern (another kern of the municipality within
 *       {@code netwerkkaart.ladder.neighbour-distance-km}) 15 minus the whole km of distance, at least 8; elsewhere in
 *       the municipality 4;</li>
 *   <li>language: 10 when it is offered in a language a member speaks;</li>
 *   <li>cost: 10 when free;</li>
 *   <li>capacity: 10 with open places, 5 when unknown or unlimited, 0 when full.</li>
 * </ul>
 * Resources that fit a need come before those that do not. Resources outside the children's age range (see
 * {@link LadderQuestion#ages}), not ACTIVE, or not for the family's area are left out. Equal scores go by name, then id.
 */
@Component
class CommunitySupport {

    static final int NEED = 50;
    static final int DOMAIN_ONLY = 10;
    static final int IN_KERN = 20;
    static final int NEIGHBOUR = 15;
    static final int MIN_NEIGHBOUR = 8;
    static final int IN_MUNICIPALITY = 4;
    static final int LANGUAGE = 10;
    static final int FREE = 10;
    static final int OPEN_PLACES = 10;
    static final int UNKNOWN_PLACES = 5;
    static final int FULL = 0;

    private final LadderRepository repository;
    private final LadderProperties properties;
    private final Staleness community;

    CommunitySupport(LadderRepository repository, LadderProperties properties, Staleness community) {
        this.community = community;
        this.repository = repository;
        this.properties = properties;
    }

    private record Scored(SupportOption option, boolean fitsNeed) {
    }

    List<SupportOption> options(LadderQuestion question, Map<String, String> domainNames, QuestionNeeds needs) {
        var options = new ArrayList<Scored>();
        for (var row : repository.communityCandidates(question, properties.neighbourDistanceKm(), needs.fittingTermIds())) {
            var resource = CommunityResource.from(row.row("resource"), community.staleBefore());
            var terms = new LinkedHashMap<String, String>();
            row.rows("addressed").forEach(term -> terms.put(term.string("id"), term.string("name")));
            var needFit = needs.fitOf(terms).or(() -> needs.fitOfText(resource.description()));
            var reasons = new ArrayList<String>();
            double fitPoints;
            if (needFit.isPresent()) {
                reasons.add(needFit.get().reason());
                fitPoints = NEED * needFit.get().value();
            }
            else {
                var fit = Fit.from(row, question.lifeDomains());
                if (!fit.fits()) {
                    continue;
                }
                reasons.add("Past bij geen behoefte van de vraag; richt zich wel op het leefdomein "
                        + String.join(", ", fit.coveredDomains().stream().map(code -> domainNames.getOrDefault(code, code)).toList()));
                fitPoints = DOMAIN_ONLY;
            }
            double score = fitPoints + place(row, question, reasons) + language(resource, question, reasons)
                    + cost(resource, reasons) + capacity(resource, reasons);
            age(resource, question, reasons);
            options.add(new Scored(new SupportOption(LadderStep.COMMUNITY, (int) Math.round(score), List.copyOf(reasons),
                    null, resource, null), needFit.isPresent()));
        }
        return options.stream()
                .sorted(Comparator.comparing((Scored scored) -> !scored.fitsNeed())
                        .thenComparing(Comparator.comparingInt((Scored scored) -> scored.option().score()).reversed())
                        .thenComparing(scored -> scored.option().communityResource().name())
                        .thenComparing(scored -> scored.option().communityResource().id()))
                .map(Scored::option)
                .limit(properties.maxPerStep())
                .toList();
    }

    private static int place(Row row, LadderQuestion question, List<String> reasons) {
        var kernName = row.string("kernName");
        switch (row.string("placement")) {
            case "KERN" -> {
                reasons.add("In " + kernName + ", de eigen kern van het gezin");
                return IN_KERN;
            }
            case "NEIGHBOUR" -> {
                double km = row.decimal("distanceKm");
                reasons.add("In " + kernName + ", een buurkern op " + String.format(Locale.ROOT, "%.1f", km) + " km");
                return Math.max(MIN_NEIGHBOUR, NEIGHBOUR - (int) Math.floor(km));
            }
            default -> {
                reasons.add(kernName == null ? "Elders in de gemeente" : "In " + kernName + ", elders in de gemeente");
                return IN_MUNICIPALITY;
            }
        }
    }

    private static int language(CommunityResource resource, LadderQuestion question, List<String> reasons) {
        var shared = resource.languages().stream().filter(question.languages()::contains).toList();
        if (!shared.isEmpty()) {
            reasons.add("In een taal van het gezin: " + String.join(", ", shared));
            return LANGUAGE;
        }
        if (!resource.languages().isEmpty() && !question.languages().isEmpty()) {
            reasons.add("Niet in een taal van het gezin (" + String.join(", ", resource.languages()) + ")");
        }
        return 0;
    }

    private static int cost(CommunityResource resource, List<String> reasons) {
        if (resource.free()) {
            reasons.add("Gratis");
            return FREE;
        }
        reasons.add(resource.costDescription() == null ? "Niet gratis" : "Kosten: " + resource.costDescription());
        return 0;
    }

    private static int capacity(CommunityResource resource, List<String> reasons) {
        if (resource.capacity() == null) {
            reasons.add("Geen plaatsenlimiet bekend");
            return UNKNOWN_PLACES;
        }
        if (resource.capacity() > 0) {
            reasons.add(resource.capacity() == 1 ? "1 plek vrij" : resource.capacity() + " plekken vrij");
            return OPEN_PLACES;
        }
        reasons.add("Op dit moment vol");
        return FULL;
    }

    private static void age(CommunityResource resource, LadderQuestion question, List<String> reasons) {
        if (question.ages().isEmpty() || (resource.minimumAge() == null && resource.maximumAge() == null)) {
            return;
        }
        reasons.add("Leeftijd past: " + (resource.minimumAge() == null ? "tot " + resource.maximumAge()
                : resource.maximumAge() == null ? "vanaf " + resource.minimumAge()
                : resource.minimumAge() + " tot en met " + resource.maximumAge()) + " jaar");
    }
}
