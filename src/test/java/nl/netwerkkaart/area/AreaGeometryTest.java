package nl.netwerkkaart.area;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@SuppressWarnings("unchecked")
class AreaGeometryTest extends GraphQlTestSupport {

    private String municipality;

    @BeforeEach
    void fixtures() {
        municipality = neo4j.query("""
                        CREATE (m:Area {id: randomUUID(), name: 'Gemeente Veldhoven-Kaart', kind: 'MUNICIPALITY'}),
                               (k:Area {id: randomUUID(), name: 'Kaartdorp', kind: 'KERN', latitude: 51.40, longitude: 5.70})-[:PART_OF]->(m),
                               (:Area {id: randomUUID(), name: 'Kaartdorp-Noord', kind: 'WIJK'})-[:PART_OF]->(k)
                        RETURN m.id""").fetchAs(String.class).one().orElseThrow();
    }

    private static Map<String, Object> square(double longitude, double latitude) {
        return Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(longitude, latitude), List.of(longitude + 0.01, latitude), List.of(longitude + 0.01, latitude + 0.01),
                List.of(longitude, latitude + 0.01), List.of(longitude, latitude))));
    }

    private static Map<String, Object> feature(String name, Object geometry) {
        return Map.of("type", "Feature", "properties", Map.of("name", name), "geometry", geometry);
    }

    private static Map<String, Object> collection(Object... features) {
        return Map.of("type", "FeatureCollection", "features", List.of(features));
    }

    @Test
    void an_uploaded_feature_collection_sets_the_geometry_of_the_named_areas() {
        graphQl.documentName("uploadAreaGeometries").variable("municipalityId", municipality)
                .variable("featureCollection", collection(
                        feature("kaartdorp", square(5.70, 51.40)),
                        feature("Kaartdorp-Noord", Map.of("type", "Point", "coordinates", List.of(5.705, 51.405)))))
                .execute()
                .path("uploadAreaGeometries.userErrors").entityList(Object.class).hasSize(0)
                .path("uploadAreaGeometries.areas[*].name").entityList(String.class).containsExactly("Kaartdorp", "Kaartdorp-Noord")
                .path("uploadAreaGeometries.areas[1].geometry").matchesJson("""
                        {"type": "Point", "coordinates": [5.705, 51.405]}""");

        var download = http(Role.COACH, null).get().uri("/areas/" + municipality + ".geojson").exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(download).containsEntry("type", "FeatureCollection");
        assertThat((List<Map<String, Map<String, Object>>>) download.get("features"))
                .extracting(f -> f.get("properties").get("name") + " " + f.get("geometry").get("type"))
                .containsExactly("Kaartdorp Polygon", "Kaartdorp-Noord Point");
    }

    @Test
    void a_bad_feature_collection_is_refused_naming_each_feature_and_writes_nothing() {
        var size = graphSize();
        var open = Map.of("type", "Polygon", "coordinates", List.of(List.of(
                List.of(5.7, 51.4), List.of(5.71, 51.4), List.of(5.71, 51.41), List.of(5.7, 51.42))));
        graphQl.documentName("uploadAreaGeometries").variable("municipalityId", municipality)
                .variable("featureCollection", collection(
                        feature("Kaartdorp", open),
                        feature("Nergensdorp", square(5.7, 51.4)),
                        feature("Kaartdorp-Noord", Map.of("type", "Point", "coordinates", List.of(51.4, 95.7))),
                        feature("Kaartdorp-Noord", Map.of("type", "LineString", "coordinates", List.of())),
                        Map.of("type", "Thing")))
                .execute()
                .path("uploadAreaGeometries.areas").entityList(Object.class).hasSize(0)
                .path("uploadAreaGeometries.userErrors[*].field").entityList(String.class).containsExactly(
                        "input.featureCollection.features[0].geometry.coordinates[0]",
                        "input.featureCollection.features[1].properties.name",
                        "input.featureCollection.features[2].geometry.coordinates",
                        "input.featureCollection.features[3].properties.name",
                        "input.featureCollection.features[3].geometry.type",
                        "input.featureCollection.features[4].type");
        assertThat(graphSize()).isEqualTo(size);
        assertThat(neo4j.query("MATCH (a:Area)-[:PART_OF*0..2]->(:Area {id: $m}) WHERE a.geometry IS NOT NULL RETURN count(a)")
                .bind(municipality).to("m").fetchAs(Long.class).one()).contains(0L);
    }

    @Test
    void the_upload_is_refused_for_an_unknown_municipality_or_a_collection_of_the_wrong_type() {
        var size = graphSize();
        graphQl.documentName("uploadAreaGeometries").variable("municipalityId", "niet-een-uuid")
                .variable("featureCollection", collection(feature("Kaartdorp", square(5.7, 51.4)))).execute()
                .path("uploadAreaGeometries.userErrors[0].field").entity(String.class).isEqualTo("input.municipalityId");
        graphQl.documentName("uploadAreaGeometries").variable("municipalityId", "00000000-0000-4000-8000-000000000000")
                .variable("featureCollection", collection(feature("Kaartdorp", square(5.7, 51.4)))).execute()
                .path("uploadAreaGeometries.userErrors[0].code").entity(String.class).isEqualTo("NOT_FOUND");
        graphQl.documentName("uploadAreaGeometries").variable("municipalityId", municipality)
                .variable("featureCollection", Map.of("type", "Feature")).execute()
                .path("uploadAreaGeometries.userErrors[0].field").entity(String.class).isEqualTo("input.featureCollection.type");
        assertThat(graphSize()).isEqualTo(size);
    }

    @Test
    void only_an_administrator_uploads_geometries() {
        var size = graphSize();
        as(Role.MUNICIPALITY, null).documentName("uploadAreaGeometries").variable("municipalityId", municipality)
                .variable("featureCollection", collection(feature("Kaartdorp", square(5.7, 51.4)))).execute()
                .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify();
        assertThat(graphSize()).isEqualTo(size);
    }
}
