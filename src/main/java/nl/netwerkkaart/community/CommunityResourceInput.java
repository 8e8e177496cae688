package nl.netwerkkaart.community;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;
import nl.netwerkkaart.community.CommunityResource.ResourceKind;
import nl.netwerkkaart.community.CommunityResource.ResourceStatus;

/** Fields of {@code createCommunityResource} and {@code updateCommunityResource}; {@code id} only for updates. */
record CommunityResourceInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @Size(max = Limits.DESCRIPTION) String description,
        @NotNull ResourceKind kind,
        @NotNull ResourceStatus status,
        @Min(0) @Max(MAX_AGE) Integer minimumAge,
        @Min(0) @Max(MAX_AGE) Integer maximumAge,
        @Size(max = Limits.LIST) List<@Pattern(regexp = Limits.LANGUAGE_PATTERN, message = LANGUAGE_MESSAGE) String> languages,
        boolean free,
        @Size(max = Limits.SHORT_TEXT) String costDescription,
        @Size(max = Limits.DESCRIPTION) String eligibilityDescription,
        @Size(max = Limits.NAME) @Email String email,
        @Size(max = Limits.PHONE) @Pattern(regexp = Limits.PHONE_PATTERN, message = "must be a phone number") String phone,
        @Size(max = Limits.URL) @Pattern(regexp = Limits.URL_PATTERN, message = "must be an http(s) address") String website,
        @Min(0) @Max(MAX_CAPACITY) Integer capacity,
        @PastOrPresent LocalDate lastVerifiedAt,
        @Size(max = Limits.LIST) List<String> lifeDomains,
        @Size(max = Limits.LIST) List<@Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> expertiseIds,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String organisationId,
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String locationId,
        @NotEmpty @Size(max = Limits.LIST) List<@Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String> servesAreaIds) {

    static final int MAX_AGE = 120;
    static final int MAX_CAPACITY = 10_000;
    static final String LANGUAGE_MESSAGE = "must be an ISO 639-1 language code such as nl";

    List<String> lifeDomainCodes() {
        return lifeDomains == null ? List.of() : lifeDomains.stream().distinct().toList();
    }

    List<String> expertiseIdList() {
        return expertiseIds == null ? List.of() : expertiseIds;
    }
}
