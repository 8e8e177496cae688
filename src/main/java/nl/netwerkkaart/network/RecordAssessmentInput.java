package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;

/** Fields of {@code recordAssessment}; life domains are LifeDomainCode names, checked by GraphQL. */
record RecordAssessmentInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String familyId,
        @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String personId,
        @NotNull LocalDate date,
        @NotNull @Size(min = 1, max = MAX_DOMAINS) List<@Valid @NotNull DomainScoreInput> scores) {

    static final int MAX_DOMAINS = 17;

    /** One domain's score and Krachtenwijzer shares. */
    record DomainScoreInput(
            @NotNull String lifeDomain,
            @NotNull @Min(1) @Max(5) Integer score,
            @NotNull @Min(0) @Max(100) Integer ownStrength,
            @NotNull @Min(0) @Max(100) Integer network,
            @NotNull @Min(0) @Max(100) Integer professional) {
    }
}
