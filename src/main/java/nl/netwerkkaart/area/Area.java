package nl.netwerkkaart.area;

import java.time.ZonedDateTime;

import nl.netwerkkaart.graph.Row;

/**
 * A municipality, kern (village) or wijk (neighbourhood).
 *
 * @param geometryJson the area's GeoJSON geometry as stored (text), or null; GraphQL shows it parsed as {@code geometry}
 */
public record Area(String id, String name, AreaKind kind, String code, Double latitude, Double longitude,
                   String geometryJson, ZonedDateTime createdAt, ZonedDateTime updatedAt) {

    public enum AreaKind {
        MUNICIPALITY, KERN, WIJK;

        /** The kind an area of this kind must be PART_OF; null for a municipality, which is part of nothing. */
        AreaKind parentKind() {
            return switch (this) {
                case MUNICIPALITY -> null;
                case KERN -> MUNICIPALITY;
                case WIJK -> KERN;
            };
        }
    }

    public static Area from(Row row) {
        return new Area(row.string("id"), row.string("name"), AreaKind.valueOf(row.string("kind")), row.string("code"),
                row.decimal("latitude"), row.decimal("longitude"), row.string("geometry"),
                row.dateTime("createdAt"), row.dateTime("updatedAt"));
    }
}
