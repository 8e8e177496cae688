package nl.netwerkkaart.map;

/**
 * What the map page needs before it asks for data.
 *
 * @param municipalityId the signed-in user's municipality, or null when they have none
 */
public record MapSettings(String tileUrl, String tileAttribution, String municipalityId) {
}
