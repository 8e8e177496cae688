package nl.netwerkkaart.area;

import java.util.Map;

/** Input of {@code uploadAreaGeometries}: a GeoJSON FeatureCollection for the areas of one municipality. */
record UploadAreaGeometriesInput(String municipalityId, Map<String, Object> featureCollection) {
}
