package nl.netwerkkaart.area;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code uploadAreaGeometries}: the areas whose geometry was set, or why nothing was written. */
record AreaGeometriesPayload(List<Area> areas, List<UserError> userErrors) {

    static AreaGeometriesPayload failed(List<UserError> errors) {
        return new AreaGeometriesPayload(List.of(), errors);
    }
}
