package nl.netwerkkaart.family;

import java.util.List;
import java.util.Map;

import nl.netwerkkaart.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every access to a family's data, allowed or refused, shows in the family's NEN 7513 audit trail. */
class FamilyAuditTest extends FamilyTestSupport {

    private List<Map> trail(String familyId) {
        return graphQl.documentName("auditTrail").variable("familyId", familyId).variable("first", 100).execute()
                .path("auditTrail.edges[*].node").entityList(Map.class).get();
    }

    @Test
    void reads_searches_and_changes_of_a_family_show_in_its_audit_trail() {
        var name = "Gezin Gelogd " + tag();
        var family = createFamily(name);
        var question = createQuestion(family, "Wij willen meer rust in huis.", List.of("DOMESTIC_RELATIONS"));
        graphQl.documentName("family").variable("id", family).execute().path("family.id").hasValue();
        graphQl.documentName("families").variable("text", name).execute().path("families.totalCount").entity(Integer.class).isEqualTo(1);
        graphQl.documentName("helpQuestion").variable("id", question).execute().path("helpQuestion.id").hasValue();

        var events = trail(family);

        assertThat(events).extracting(event -> event.get("eventAction") + " " + ((List<?>) event.get("objectTypes")).get(0))
                .contains("CREATE Family", "CREATE HelpQuestion", "READ Family", "SEARCH Family", "READ HelpQuestion");
        assertThat(events).filteredOn(event -> "READ".equals(event.get("eventAction")) && event.get("objectIds").equals(List.of(family)))
                .allSatisfy(event -> assertThat(event).containsEntry("outcome", "SUCCESS").containsEntry("roleCode", "COACH")
                        .containsEntry("purposeOfUse", "CARE").containsEntry("networkAccessPoint", "127.0.0.1"));
    }

    @Test
    void a_refused_read_by_another_coach_is_logged_as_denied() {
        var family = createFamily("Gezin Nieuwsgierig " + tag());
        var other = as(Role.COACH, professional("Nieuwsgierige coach " + tag(), true));

        assertNotFound(other.documentName("family").variable("id", family).execute(), "family");

        assertThat(trail(family)).filteredOn(event -> "DENIED".equals(event.get("outcome")))
                .singleElement()
                .satisfies(event -> assertThat(event).containsEntry("eventAction", "READ").containsEntry("roleCode", "COACH"));
    }

    @Test
    void the_audit_trail_outlives_the_erasure_of_the_family_without_its_personal_details() {
        var name = "Gezin Gewist " + tag();
        var family = createFamily(name);
        addMember(family, "Sanne", "PARENT", true);
        graphQl.documentName("exportFamily").variable("id", family).execute().path("exportFamily.familyId").hasValue();

        graphQl.documentName("eraseFamily").variable("input", Map.of("familyId", family, "confirmName", name)).execute()
                .path("eraseFamily.erasedFamilyId").entity(String.class).isEqualTo(family);

        var actions = neo4j.query("MATCH (e:AuditEvent {familyId: $family}) RETURN e.eventAction ORDER BY e.eventDateTime")
                .bind(family).to("family").fetchAs(String.class).all();
        assertThat(actions).contains("CREATE", "EXPORT", "ERASE");
        assertThat(neo4j.query("MATCH (e:AuditEvent {familyId: $family}) WHERE e.detail CONTAINS 'Sanne' OR e.detail CONTAINS $name RETURN count(e)")
                .bindAll(Map.of("family", family, "name", name)).fetchAs(Long.class).one()).contains(0L);
        assertThat(count("Family")).isPositive();
        assertThat(neo4j.query("MATCH (f:Family {id: $family}) RETURN count(f)").bind(family).to("family")
                .fetchAs(Long.class).one()).contains(0L);
    }
}
