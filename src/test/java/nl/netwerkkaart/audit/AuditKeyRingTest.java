package nl.netwerkkaart.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditKeyRingTest {

    private static final String FIRST = Base64.getEncoder().encodeToString("first fictional audit key, 32 b!".getBytes());
    private static final String SECOND = Base64.getEncoder().encodeToString("second fictional audit key, 32 b".getBytes());

    @TempDir
    Path directory;

    private AuditProperties properties(String key, String keyFile) {
        return new AuditProperties(500, "netwerkkaart@test", key, keyFile, directory.resolve("data-audit/checkpoints.jsonl"),
                Duration.ofSeconds(10));
    }

    @Test
    void without_a_configured_key_one_is_generated_owner_only_beside_the_checkpoints_and_reused_at_the_next_start()
            throws Exception {
        var first = AuditKeyRing.load(properties(null, null), false);

        var file = directory.resolve("data-audit/audit.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(AuditKeyRing.load(properties(null, null), false).current().id()).isEqualTo(first.current().id());
    }

    @Test
    void prod_refuses_to_start_without_a_configured_key_and_generates_nothing() {
        assertThatThrownBy(() -> AuditKeyRing.load(properties(null, null), true))
                .hasMessageContaining("prod profile needs the audit trail's key")
                .hasMessageContaining("NETWERKKAART_AUDIT_KEY");
        assertThat(directory.resolve("data-audit/audit.key")).doesNotExist();
    }

    @Test
    void a_configured_key_file_that_does_not_exist_is_refused_rather_than_replaced() {
        var missing = directory.resolve("elsewhere/audit.key").toString();

        assertThatThrownBy(() -> AuditKeyRing.load(properties(null, missing), false))
                .hasMessageContaining("NETWERKKAART_AUDIT_KEY_FILE").hasMessageContaining("does not exist");
        assertThat(Path.of(missing)).doesNotExist();
    }

    @Test
    void a_short_or_malformed_key_and_both_sources_at_once_are_refused_with_the_variable_named() {
        assertThatThrownBy(() -> AuditKeyRing.load(properties(Base64.getEncoder().encodeToString(new byte[16]), null), true))
                .hasMessageContaining("NETWERKKAART_AUDIT_KEY").hasMessageContaining("at least 32");
        assertThatThrownBy(() -> AuditKeyRing.load(properties("*not-base64*", null), true))
                .hasMessageContaining("NETWERKKAART_AUDIT_KEY").hasMessageContaining("not base64");
        assertThatThrownBy(() -> AuditKeyRing.load(properties(FIRST, "/somewhere/audit.key"), true))
                .hasMessage("Set NETWERKKAART_AUDIT_KEY or NETWERKKAART_AUDIT_KEY_FILE, not both");
    }

    @Test
    void after_rotation_the_last_key_signs_and_the_old_key_still_verifies_what_it_signed() throws Exception {
        var before = AuditKeyRing.load(properties(FIRST, null), true);
        var signedBefore = before.current().mac("an event");
        var file = directory.resolve("audit.key");
        Files.writeString(file, "# rotated on 2026-03-01\n" + FIRST + "\n" + SECOND + "\n");

        var after = AuditKeyRing.load(properties(null, file.toString()), true);

        assertThat(after.current().id()).isNotEqualTo(before.current().id())
                .isEqualTo(AuditKeyRing.parse(SECOND, "test").current().id());
        assertThat(after.find(before.current().id()).orElseThrow().verifies("an event", signedBefore)).isTrue();
        assertThat(after.current().verifies("an event", signedBefore)).isFalse();
    }

    @Test
    void a_key_has_the_same_id_wherever_it_is_configured() throws Exception {
        var file = directory.resolve("audit.key");
        Files.writeString(file, FIRST + "\n");

        assertThat(AuditKeyRing.load(properties(null, file.toString()), true).current().id())
                .isEqualTo(AuditKeyRing.load(properties(FIRST, null), true).current().id())
                .hasSize(16);
    }
}
