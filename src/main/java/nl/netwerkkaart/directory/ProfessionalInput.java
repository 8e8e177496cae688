package nl.netwerkkaart.directory;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code createProfessional} and {@code updateProfessional}; {@code id} only for updates. */
record ProfessionalInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotBlank @Size(max = Limits.NAME) String discipline,
        @Size(max = Limits.DESCRIPTION) String description,
        @Size(max = Limits.NAME) @Email String email,
        @Size(max = Limits.PHONE) @Pattern(regexp = Limits.PHONE_PATTERN, message = "must be a phone number") String phone,
        @NotNull Professional.Tier tier,
        @Size(max = Limits.LIST)
        List<@NotNull @Pattern(regexp = Limits.LANGUAGE_PATTERN, message = "must be an ISO 639-1 code such as nl") String> languages,
        @NotNull @Min(0) @Max(MAX_CAPACITY) Integer capacity,
        @NotNull Boolean acceptingClients,
        @NotNull Boolean coach,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String organisationId,
        @NotNull @Size(min = 1, max = Limits.LIST)
        List<@NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> areaIds,
        @NotNull @Size(min = 1, max = MAX_EXPERTISES) List<@NotNull @Valid ProfessionalExpertiseInput> expertises) {

    static final int MAX_CAPACITY = 500;
    static final int MAX_EXPERTISES = 20;
}
