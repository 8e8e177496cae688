package nl.netwerkkaart.web;

import java.util.UUID;

import nl.netwerkkaart.security.Role;
import nl.netwerkkaart.support.GraphQlTestSupport;
import org.junit.jupiter.api.Test;

class ViewerTest extends GraphQlTestSupport {

    private String professional(String name) {
        return neo4j.query("""
                        CREATE (p:Professional {id: randomUUID(), name: $name, discipline: 'Gezinscoach', coach: true,
                                                createdAt: datetime(), updatedAt: datetime()})
                        RETURN p.id""")
                .bind(name).to("name").fetchAs(String.class).one().orElseThrow();
    }

    @Test
    void a_coach_sees_their_role_and_the_professional_they_are() {
        var name = "Coach Viewer " + UUID.randomUUID();
        var id = professional(name);
        as(Role.COACH, id).documentName("viewer").execute()
                .path("viewer.role").entity(String.class).isEqualTo("COACH")
                .path("viewer.userId").entity(String.class).matches(userId -> userId.startsWith("coach-"))
                .path("viewer.professional").matchesJson("{\"id\": \"" + id + "\", \"name\": \"" + name + "\"}");
    }

    @Test
    void an_administrator_is_no_professional() {
        graphQl.documentName("viewer").execute()
                .path("viewer.role").entity(String.class).isEqualTo("ADMIN")
                .path("viewer.professional").valueIsNull();
    }

    @Test
    void a_demo_account_is_named_by_its_account_name() {
        demoAccount("municipality").documentName("viewer").execute()
                .path("viewer.userId").entity(String.class).isEqualTo("municipality")
                .path("viewer.role").entity(String.class).isEqualTo("MUNICIPALITY");
    }

    @Test
    void a_coach_sees_the_kernen_of_their_own_municipality() {
        demoAccount("coach").documentName("viewer").execute()
                .path("viewer.municipality.name").entity(String.class).isEqualTo("Peel en Maas")
                .path("viewer.municipality.parts[*].name").entityList(String.class).contains("Panningen", "Kessel", "Helden");
    }
}
