package nl.netwerkkaart.area;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code createArea} and {@code updateArea}; {@code id} only for updates. */
record AreaInput(
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String id,
        @NotBlank @Size(max = Limits.NAME) String name,
        @NotNull Area.AreaKind kind,
        @Pattern(regexp = CODE_PATTERN, message = "must be an official code of letters, digits and dashes, e.g. GM1894") String code,
        @DecimalMin("-90") @DecimalMax("90") Double latitude,
        @DecimalMin("-180") @DecimalMax("180") Double longitude,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String partOfId) {

    static final String CODE_PATTERN = "^[A-Za-z0-9-]{1,40}$";
}
