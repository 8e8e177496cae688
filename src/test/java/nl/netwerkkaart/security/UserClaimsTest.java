package nl.netwerkkaart.security;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one claims mapping of API tokens and page sign-in, with the claim names a provider may need. */
class UserClaimsTest {

    private static final String MUNICIPALITY = "c75d52ae-8030-5663-acc5-64fcfc8396bf";

    private static UserClaims claims(String userId, String role, String municipality, String professional) {
        return new UserClaims(new SecurityProperties(List.of(), new SecurityProperties.Claims(userId, role, municipality, professional)));
    }

    private static final UserClaims DEFAULTS = claims("sub", "role", "municipality_id", "professional_id");

    @Test
    void a_token_with_the_default_claims_describes_the_user() {
        assertThat(DEFAULTS.user(Map.of("sub", "a.verheijen", "role", "coach", "municipality_id", MUNICIPALITY, "professional_id", "p-1")))
                .contains(new NetwerkkaartUser("a.verheijen", Role.COACH, MUNICIPALITY, "p-1"));
    }

    @Test
    void entra_app_roles_come_as_a_list_and_the_first_known_role_counts() {
        var entra = claims("oid", "roles", "municipality_id", "professional_id");
        assertThat(entra.role(Map.of("roles", List.of("Lezer", "ROLE_MUNICIPALITY", "ADMIN")))).contains(Role.MUNICIPALITY);
        assertThat(entra.user(Map.of("oid", "0b1c", "roles", List.of("Lezer")))).isEmpty();
    }

    @Test
    void keycloak_realm_roles_are_read_through_a_dotted_path() {
        var keycloak = claims("sub", "realm_access.roles", "municipality_id", "professional_id");
        var token = Map.<String, Object>of("sub", "u-1", "municipality_id", List.of(MUNICIPALITY),
                "realm_access", Map.of("roles", List.of("offline_access", "uma_authorization", "professional")));
        assertThat(keycloak.user(token)).contains(new NetwerkkaartUser("u-1", Role.PROFESSIONAL, MUNICIPALITY, null));
        // a claim whose own name has dots is read as it is
        var dotted = claims("sub", "netwerkkaart.role", "municipality_id", "professional_id");
        assertThat(dotted.role(Map.of("netwerkkaart.role", "ADMIN"))).contains(Role.ADMIN);
    }

    @Test
    void the_pages_need_a_role_a_municipality_and_for_coaches_and_professionals_their_professional() {
        assertThat(DEFAULTS.missingForPages(Map.of("sub", "x")))
                .containsExactly(UserClaims.Missing.ROLE, UserClaims.Missing.MUNICIPALITY);
        assertThat(DEFAULTS.missingForPages(Map.of("sub", "x", "role", "COACH", "municipality_id", " ")))
                .containsExactly(UserClaims.Missing.MUNICIPALITY, UserClaims.Missing.PROFESSIONAL);
        assertThat(DEFAULTS.missingForPages(Map.of("sub", "x", "role", "MUNICIPALITY", "municipality_id", MUNICIPALITY))).isEmpty();
    }
}
