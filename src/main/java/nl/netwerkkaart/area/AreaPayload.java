package nl.netwerkkaart.area;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of an area mutation: the area, or why nothing was written. */
record AreaPayload(Area area, List<UserError> userErrors) {

    static AreaPayload of(Area area) {
        return new AreaPayload(area, List.of());
    }

    static AreaPayload failed(List<UserError> errors) {
        return new AreaPayload(null, errors);
    }
}
