package nl.netwerkkaart.map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the municipality's map page. The page draws the areas from the service's own GeoJSON, so it needs no
 * tile server; a tile server only adds a background.
 *
 * @param tileUrl         Leaflet URL template of a tile server, e.g. {@code https://tiles.example.org/{z}/{x}/{y}.png};
 *                        blank (the default) for no background tiles
 * @param tileAttribution the attribution the tile server's licence asks for, shown under the map
 */
@ConfigurationProperties("netwerkkaart.map")
public record MapProperties(String tileUrl, String tileAttribution) {

    public MapProperties {
        tileUrl = tileUrl == null || tileUrl.isBlank() ? null : tileUrl.strip();
        tileAttribution = tileAttribution == null || tileAttribution.isBlank() ? null : tileAttribution.strip();
        if (tileUrl != null && !tileUrl.matches("(?i)https?://\\S+")) {
            throw new IllegalArgumentException("netwerkkaart.map.tile-url must be an http(s) URL template, e.g. https://tiles.example.org/{z}/{x}/{y}.png");
        }
    }
}
