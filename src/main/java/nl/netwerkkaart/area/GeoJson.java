package nl.netwerkkaart.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.api.UserError;

/**
 * Checks GeoJSON (RFC 7946) geometries as areas use them: a Point, Polygon or MultiPolygon in WGS84, polygon rings
 * closed and with at least four positions. Errors name the offending path below {@code path}.
 */
final class GeoJson {

    static final List<String> GEOMETRY_TYPES = List.of("Point", "Polygon", "MultiPolygon");

    /** At most this many positions per geometry, so one upload cannot fill the database. */
    static final int MAX_POSITIONS = 20_000;

    private GeoJson() {
    }

    static List<UserError> geometryErrors(String path, Object value) {
        var errors = new ArrayList<UserError>();
        if (!(value instanceof Map<?, ?> geometry)) {
            errors.add(UserError.invalid(path, "must be a GeoJSON geometry object"));
            return errors;
        }
        var type = geometry.get("type");
        if (!(type instanceof String name) || !GEOMETRY_TYPES.contains(name)) {
            errors.add(UserError.invalid(path + ".type", "must be one of " + GEOMETRY_TYPES));
            return errors;
        }
        var coordinates = geometry.get("coordinates");
        var at = path + ".coordinates";
        var positions = new int[1];
        switch (name) {
            case "Point" -> position(at, coordinates, errors, positions);
            case "Polygon" -> polygon(at, coordinates, errors, positions);
            default -> {
                if (!(coordinates instanceof List<?> polygons) || polygons.isEmpty()) {
                    errors.add(UserError.invalid(at, "must be a non-empty list of polygons"));
                }
                else {
                    for (int i = 0; i < polygons.size() && errors.isEmpty(); i++) {
                        polygon(at + "[" + i + "]", polygons.get(i), errors, positions);
                    }
                }
            }
        }
        if (errors.isEmpty() && positions[0] > MAX_POSITIONS) {
            errors.add(UserError.invalid(at, "must have at most " + MAX_POSITIONS + " positions; simplify the outline"));
        }
        return errors;
    }

    private static void polygon(String path, Object value, List<UserError> errors, int[] positions) {
        if (!(value instanceof List<?> rings) || rings.isEmpty()) {
            errors.add(UserError.invalid(path, "must be a non-empty list of linear rings"));
            return;
        }
        for (int r = 0; r < rings.size() && errors.isEmpty(); r++) {
            var ringPath = path + "[" + r + "]";
            if (!(rings.get(r) instanceof List<?> ring) || ring.size() < 4) {
                errors.add(UserError.invalid(ringPath, "must be a linear ring of at least 4 positions"));
                return;
            }
            for (int p = 0; p < ring.size() && errors.isEmpty(); p++) {
                position(ringPath + "[" + p + "]", ring.get(p), errors, positions);
            }
            if (errors.isEmpty() && !samePosition(ring.get(0), ring.get(ring.size() - 1))) {
                errors.add(UserError.invalid(ringPath, "must be closed: the last position must equal the first"));
            }
        }
    }

    private static void position(String path, Object value, List<UserError> errors, int[] positions) {
        positions[0]++;
        if (!(value instanceof List<?> position) || position.size() < 2 || position.size() > 3
                || !position.stream().allMatch(c -> c instanceof Number n && Double.isFinite(n.doubleValue()))) {
            errors.add(UserError.invalid(path, "must be a position [longitude, latitude]"));
            return;
        }
        double longitude = ((Number) position.get(0)).doubleValue();
        double latitude = ((Number) position.get(1)).doubleValue();
        if (longitude < -180 || longitude > 180 || latitude < -90 || latitude > 90) {
            errors.add(UserError.invalid(path, "must be WGS84: longitude -180 to 180, latitude -90 to 90 (in that order)"));
        }
    }

    private static boolean samePosition(Object first, Object last) {
        var a = (List<?>) first;
        var b = (List<?>) last;
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Double.compare(((Number) a.get(i)).doubleValue(), ((Number) b.get(i)).doubleValue()) != 0) {
                return false;
            }
        }
        return true;
    }
}
