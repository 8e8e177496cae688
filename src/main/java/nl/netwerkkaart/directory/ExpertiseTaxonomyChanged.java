package nl.netwerkkaart.directory;

/**
 * Published when an expertise term is created, changed or deleted, so that what was read from the taxonomy (the needs
 * analysis of docs/matching.md) is read again once the writing transaction ended.
 */
public record ExpertiseTaxonomyChanged(String expertiseId) {
}
