package nl.netwerkkaart.analysis;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.Limits;

/** Fields of {@code saveAnalysis}; life domains are LifeDomainCode names, checked by GraphQL. Null lists mean empty. */
record SaveAnalysisInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String helpQuestionId,
        @Size(max = Limits.DESCRIPTION) String summary,
        @Size(max = Analysis.MAX_HYPOTHESES) List<@NotNull @Valid HypothesisInput> hypotheses,
        @Size(max = Limits.LIST) List<@NotNull @Valid FactorInput> protectiveFactors) {

    record HypothesisInput(
            @NotBlank @Size(max = Analysis.MAX_TEXT) String text,
            @NotNull @Size(min = 1, max = Analysis.MAX_LIFE_DOMAINS) List<@NotNull String> lifeDomains,
            @Size(max = Limits.LIST) List<@NotNull @Valid FactorInput> supportingEvidence,
            @Size(max = Limits.LIST) List<@NotNull @Valid FactorInput> contradictingEvidence) {
    }

    record FactorInput(
            @NotBlank @Size(max = Analysis.MAX_TEXT) String text,
            @NotNull @Size(min = 1, max = Analysis.MAX_LIFE_DOMAINS) List<@NotNull String> lifeDomains) {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
