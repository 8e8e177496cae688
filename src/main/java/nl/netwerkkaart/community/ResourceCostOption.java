package nl.netwerkkaart.community;

/** What a community resource costs under which condition (HSDS cost_option). */
public record ResourceCostOption(String option, Double amount, String currency, String amountDescription) {
}
