package nl.netwerkkaart.ladder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import nl.netwerkkaart.directory.Professional;
import org.springframework.stereotype.Component;

/**
 * A plain stand-in for the matching feature's tier ranking: professionals of the tier with a fitting expertise, scored
 * as fit ({@link Fit}) + 10 with open places (accepting clients, capacity above 0) or -20 without, + 10 when they serve
 * the family's area, + 5 for a shared language. Equal scores go by name, then id.
 */
@Component
class ExpertiseFitProfessionalSupport implements ProfessionalSupport {

    static final int OPEN_PLACES = 10;
    static final int NO_PLACES = -20;
    static final int SERVES_FAMILY = 10;
    static final int LANGUAGE = 5;

    private final LadderRepository repository;
    private final LadderProperties properties;

    ExpertiseFitProfessionalSupport(LadderRepository repository, LadderProperties properties) {
        this.repository = repository;
        this.properties = properties;
    }

    @Override
    public List<SupportOption> options(LadderQuestion question, Professional.Tier tier) {
        var step = tier == Professional.Tier.FIRST_LINE ? LadderStep.FIRST_LINE : LadderStep.SPECIALIST;
        var domainNames = repository.domainNames();
        var options = new ArrayList<SupportOption>();
        for (var row : repository.professionalCandidates(question, tier.name())) {
            var professional = Professional.from(row.row("professional"));
            var fit = Fit.from(row, question.lifeDomains());
            var reasons = new ArrayList<>(fit.reasons(domainNames));
            int score = fit.score();
            if (professional.acceptingClients() && professional.capacity() != null && professional.capacity() > 0) {
                score += OPEN_PLACES;
                reasons.add("Heeft ruimte voor nieuwe gezinnen");
            }
            else {
                score += NO_PLACES;
                reasons.add("Heeft nu geen ruimte voor nieuwe gezinnen");
            }
            if (row.bool("servesFamily")) {
                score += SERVES_FAMILY;
                reasons.add("Werkt in het gebied van het gezin");
            }
            if (row.bool("sharedLanguage")) {
                score += LANGUAGE;
                reasons.add("Spreekt een taal van het gezin");
            }
            options.add(new SupportOption(step, score, List.copyOf(reasons), null, null, professional));
        }
        return options.stream()
                .sorted(Comparator.comparingInt(SupportOption::score).reversed()
                        .thenComparing(option -> option.professional().name())
                        .thenComparing(option -> option.professional().id()))
                .limit(properties.maxPerStep())
                .toList();
    }
}
