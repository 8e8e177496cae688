package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import nl.netwerkkaart.community.Staleness;
import nl.netwerkkaart.community.CommunityResource;
import nl.netwerkkaart.graph.Row;
import nl.netwerkkaart.matching.LadderStep;
import org.springframework.stereotype.Component;

/**
 * The COMMUNITY step: fitting, active community resources of the family's municipality, scored as the sum of
 * <ul>
 *   <li>fit ({@link Fit}): exact term 40, narrower 30, broader 20, life domain only 10, +5 per extra question domain;</li>
 *   <li>place: in the family's kern 30; in a neighbouring kern (another kern of the municipality within
 *       {@code netwerkkaart.ladder.neighbour-distance-km}) 20 minus the whole km of distance; elsewhere in the
 *       municipality 5;</li>
 *   <li>language: 10 when it is offered in a language a member speaks;</li>
 *   <li>cost: 10 when free;</li>
 *   <li>capacity: 5 with open places, 2 when unknown or unlimited, -20 when full.</li>
 * </ul>
 * Resources outside the children's age range (see {@link LadderQuestion#ages}), not ACTIVE, or not for the family's
 * area are left out. Equal scores go by name, then id.
 */
@Component
class CommunitySupport {

    static final int IN_KERN = 30;
    static final int NEIGHBOUR = 20;
    static final int MIN_NEIGHBOUR = 10;
    static final int IN_MUNICIPALITY = 5;
    static final int LANGUAGE = 10;
    static final int FREE = 10;
    static final int OPEN_PLACES = 5;
    static final int UNKNOWN_PLACES = 2;
    static final int FULL = -20;

    private final LadderRepository repository;
    private final LadderProperties properties;
    private final Staleness community;

    CommunitySupport(LadderRepository repository, LadderProperties properties, Staleness community) {
        this.community = community;
        this.repository = repository;
        this.properties = properties;
    }

    List<SupportOption> options(LadderQuestion question, Map<String, String> domainNames) {
        var options = new ArrayList<SupportOption>();
        for (var row : repository.communityCandidates(question, properties.neighbourDistanceKm())) {
            var resource = CommunityResource.from(row.row("resource"), community.staleBefore());
            var fit = Fit.from(row, question.lifeDomains());
            var reasons = new ArrayList<>(fit.reasons(domainNames));
            int score = fit.score() + place(row, question, reasons) + language(resource, question, reasons)
                    + cost(resource, reasons) + capacity(resource, reasons);
            age(resource, question, reasons);
            options.add(new SupportOption(LadderStep.COMMUNITY, score, List.copyOf(reasons), null, resource, null));
        }
        return options.stream()
                .sorted(Comparator.comparingInt(SupportOption::score).reversed()
                        .thenComparing(option -> option.communityResource().name())
                        .thenComparing(option -> option.communityResource().id()))
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
