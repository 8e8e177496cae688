package nl.netwerkkaart.hsds;

/**
 * Input of {@code pullHsdsFeed}.
 *
 * @param baseUrl the feed's HSDS API base address, e.g. https://example.org/hsds (its paths are /services, ...)
 * @param apiKey  a key the feed asks for, sent as X-API-Key; not stored
 * @param full    true: read every service, not only those changed since the last complete pull
 */
record PullHsdsFeedInput(String baseUrl, String apiKey, Boolean full) {
}
