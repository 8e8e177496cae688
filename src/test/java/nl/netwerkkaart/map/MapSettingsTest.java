package nl.netwerkkaart.map;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

class MapSettingsTest extends GraphQlTestSupport {

    @Test
    void the_municipality_gets_its_own_municipality_and_no_tile_server_by_default() {
        demoAccount("municipality").documentName("mapSettings").execute()
                .path("mapSettings").matchesJson("""
                        {"tileUrl": null, "tileAttribution": null,
                         "municipality": {"id": "%s", "name": "Peel en Maas", "kind": "MUNICIPALITY"}}""".formatted(DEMO_MUNICIPALITY));
        as(Role.ADMIN, null).documentName("mapSettings").execute()
                .path("mapSettings.municipality.id").entity(String.class).isEqualTo(DEMO_MUNICIPALITY);
    }

    @Test
    void coaches_and_professionals_get_no_map_settings() {
        for (var role : new Role[] {Role.COACH, Role.PROFESSIONAL}) {
            as(role, null).documentName("mapSettings").execute()
                    .errors().expect(error -> "FORBIDDEN".equals(error.getErrorType().toString())).verify()
                    .path("mapSettings").valueIsNull();
        }
    }
}
