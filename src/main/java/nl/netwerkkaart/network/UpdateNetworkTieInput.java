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

/** Fields of {@code updateNetworkTie}: all attributes of the new version. */
record UpdateNetworkTieInput(
        @NotNull @Pattern(regexp = Ids.UUID_PATTERN, message = "must be a UUID") String tieId,
        @NotNull TieKind kind,
        @NotNull @Min(1) @Max(4) Integer ring,
        @Size(max = MAX_SUPPORT) List<@Valid @NotNull TieSupportInput> support,
        TieQuality quality,
        ContactFrequency frequency,
        LocalDate knownSince,
        @Size(max = MAX_NOTE) String note,
        LocalDate validFrom,
        @Min(1) Integer expectedVersion) implements TieAttributes {
}
