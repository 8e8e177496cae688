package nl.netwerkkaart.network;

import java.util.Collection;
import java.util.List;

/**
 * The support types a tie can carry, each stored on a tie version as its own property holding the direction, with
 * the life domains it can help with (the table in docs/network.md) and the Dutch reason used when ranking helpers.
 */
public enum SupportType {
    EMOTIONAL("supportEmotional", "geeft al emotionele steun",
            List.of("MENTAL_HEALTH", "DOMESTIC_RELATIONS", "SOCIAL_NETWORK", "SUBSTANCE_USE", "SAFETY")),
    PRACTICAL("supportPractical", "geeft al praktische steun",
            List.of("HOUSING", "BASIC_ADL", "INSTRUMENTAL_ADL", "PHYSICAL_HEALTH", "DAYTIME_ACTIVITIES")),
    INFORMATIONAL("supportInformational", "geeft al informatie",
            List.of("WORK_AND_EDUCATION", "SCHOOL", "SOCIAL_PARTICIPATION", "JUSTICE", "FINANCES")),
    ADVICE("supportAdvice", "geeft al advies",
            List.of("PARENTING", "CHILD_DEVELOPMENT", "DOMESTIC_RELATIONS", "WORK_AND_EDUCATION", "FINANCES")),
    CHILDCARE("supportChildcare", "past al op de kinderen of geeft respijt",
            List.of("PARENTING", "CHILD_DEVELOPMENT", "DAYTIME_ACTIVITIES", "SCHOOL", "SAFETY")),
    FINANCIAL("supportFinancial", "geeft al financiële steun", List.of("FINANCES", "HOUSING"));

    private final String property;
    private final String reason;
    private final List<String> lifeDomains;

    SupportType(String property, String reason, List<String> lifeDomains) {
        this.property = property;
        this.reason = reason;
        this.lifeDomains = lifeDomains;
    }

    /** The tie version property holding this type's direction. */
    String property() {
        return property;
    }

    /** The Dutch reason "already gives this". */
    public String reason() {
        return reason;
    }

    /** The LifeDomainCode names this type can help with. */
    public List<String> lifeDomains() {
        return lifeDomains;
    }

    public boolean helpsWithAny(Collection<String> domains) {
        return lifeDomains.stream().anyMatch(domains::contains);
    }
}
