package nl.netwerkkaart.audit;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.netwerkkaart.graph.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical forms are fixed: what was sealed in them must verify for as long as the trail is kept. */
class AuditHashTest {

    static Map<String, Object> event() {
        var event = new HashMap<String, Object>();
        event.put("id", "3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f");
        event.put("eventAction", "UPDATE");
        event.put("eventDateTime", ZonedDateTime.of(2026, 3, 1, 9, 15, 2, 123456000, ZoneOffset.UTC));
        event.put("outcome", "SUCCESS");
        event.put("userId", "coach-annelies");
        event.put("roleCode", "COACH");
        event.put("purposeOfUse", "CARE");
        event.put("onBehalfOf", null);
        event.put("networkAccessPoint", "127.0.0.1");
        event.put("auditSourceId", "netwerkkaart@test");
        event.put("familyId", "0b7e3c2a-1d4f-4e6a-9b8c-7d6e5f4a3b2c");
        event.put("personIds", List.of());
        event.put("objectTypes", List.of("Family", "Person"));
        event.put("objectIds", List.of("0b7e3c2a-1d4f-4e6a-9b8c-7d6e5f4a3b2c"));
        event.put("detail", "a \"quoted\" note\twith a tab \\ and é");
        return event;
    }

    @Test
    void version_1_is_the_hash_events_were_sealed_with_before_keys() {
        // computed by the version 1 code before the forms were shared with version 2
        assertThat(AuditHash.of(new Row(event()), 7, AuditHash.GENESIS))
                .isEqualTo("38be552dda46491bcf14061bf09e8dd4bc8e4e469b0a0a5c5afe93a2568b4236");
    }

    @Test
    void version_2_event_form_covers_the_key_id_and_every_field() {
        var event = event();
        event.put("keyId", "0123456789abcdef");

        assertThat(AuditHash.eventForm(new Row(event))).isEqualTo("""
                {"v":2,"form":"event","keyId":"0123456789abcdef","id":"3f2c8a1e-5b7d-4c9e-8f10-2a3b4c5d6e7f",\
                "eventAction":"UPDATE","eventDateTime":"2026-03-01T09:15:02.123456Z","outcome":"SUCCESS",\
                "userId":"coach-annelies","roleCode":"COACH","purposeOfUse":"CARE","onBehalfOf":null,\
                "networkAccessPoint":"127.0.0.1","auditSourceId":"netwerkkaart@test",\
                "familyId":"0b7e3c2a-1d4f-4e6a-9b8c-7d6e5f4a3b2c","personIds":[],"objectTypes":["Family","Person"],\
                "objectIds":["0b7e3c2a-1d4f-4e6a-9b8c-7d6e5f4a3b2c"],"detail":"a \\"quoted\\" note\\u0009with a tab \\\\ and é"}""");
        assertThat(AuditHash.linkForm(8, "ab", "cd"))
                .isEqualTo("{\"v\":2,\"form\":\"link\",\"sequence\":8,\"previousHash\":\"ab\",\"eventMac\":\"cd\"}");
    }
}
