package nl.netwerkkaart.directory;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code createOrganisation} and {@code updateOrganisation}; {@code id} only for updates. */
record OrganisationInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.DESCRIPTION) String description,
        @Size(max = Limits.URL) @Pattern(regexp = Limits.URL_PATTERN, message = "must be an http(s) address") String website,
        @Size(max = Limits.NAME) @Email String email,
        @Size(max = Limits.PHONE) @Pattern(regexp = Limits.PHONE_PATTERN, message = "must be a phone number") String phone,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String areaId) {
}
