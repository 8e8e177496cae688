package nl.netwerkkaart.community;

/** A taxonomy term a resource was classified with where it came from (HSDS taxonomy_term), kept for round trips. */
public record ResourceTaxonomyTerm(String hsdsId, String code, String name, String taxonomy) {
}
