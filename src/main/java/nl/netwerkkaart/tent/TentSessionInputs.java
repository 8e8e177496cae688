package nl.netwerkkaart.tent;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** The inputs of the tent session mutations; null lists mean empty. */
final class TentSessionInputs {

    static final int MAX_AGREEMENT = 2000;

    private TentSessionInputs() {
    }

    /** Fields of {@code scheduleTentSession} and, with {@code id}, of {@code updateTentSession}. */
    record SessionInput(
            @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
            @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
            @NotNull LocalDate date,
            @NotBlank @Size(max = Limits.SHORT_TEXT) String location,
            @NotNull @Size(min = 1, max = Limits.LIST)
            List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> helpQuestionIds,
            @Size(max = Limits.LIST)
            List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> presentMemberIds) {
    }

    record CancelInput(
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
            @Size(max = Limits.SHORT_TEXT) String reason) {
    }

    record InviteInput(
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String tentSessionId,
            @NotNull @Size(min = 1, max = Limits.LIST)
            List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> professionalIds) {
    }

    record RespondInput(
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String tentSessionId,
            @NotNull Boolean accept) {
    }

    record AttendanceInput(
            @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String tentSessionId,
            @NotNull @Size(max = Limits.LIST)
            List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> attendedProfessionalIds,
            @Size(max = Limits.LIST)
            List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> presentMemberIds,
            @Size(max = Limits.DESCRIPTION) String summary,
            @Size(max = Limits.LIST) List<@NotNull @Valid AgreementInput> agreements) {
    }

    record AgreementInput(
            @NotBlank @Size(max = MAX_AGREEMENT) String text,
            @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String responsibleProfessionalId,
            LocalDate dueDate) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
