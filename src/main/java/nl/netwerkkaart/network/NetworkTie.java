package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import nl.netwerkkaart.graph.Row;

/**
 * One version of a tie; {@code id} is the tie's stable id, {@code versionId} the version's, {@code version} the
 * tie's count of changes when read (the same on every version of the tie).
 */
public record NetworkTie(String id, String versionId, String fromPersonId, String toPersonId, TieKind kind, int ring,
                         List<TieSupport> support, TieQuality quality, ContactFrequency frequency, LocalDate knownSince,
                         String note, LocalDate validFrom, LocalDate validTo, String endReason, ZonedDateTime recordedAt,
                         int version) {

    /** From a tie version's properties plus {@code tieId}, {@code fromPersonId} and {@code toPersonId}. */
    static NetworkTie from(Row row) {
        var support = new ArrayList<TieSupport>();
        for (var type : SupportType.values()) {
            var direction = row.string(type.property());
            if (direction != null) {
                support.add(new TieSupport(type, SupportDirection.valueOf(direction)));
            }
        }
        var frequency = row.string("frequency");
        return new NetworkTie(row.string("tieId"), row.string("id"), row.string("fromPersonId"), row.string("toPersonId"),
                TieKind.valueOf(row.string("kind")), row.integer("ring"), List.copyOf(support),
                TieQuality.valueOf(row.string("quality")), frequency == null ? null : ContactFrequency.valueOf(frequency),
                row.date("knownSince"), row.string("note"), row.date("validFrom"), row.date("validTo"),
                row.string("endReason"), row.dateTime("createdAt"), row.integer("version"));
    }

    /** The support the tie carries: none when it is broken. */
    List<TieSupport> effectiveSupport() {
        return quality == TieQuality.BROKEN ? List.of() : support;
    }

    boolean touches(String personId) {
        return fromPersonId.equals(personId) || toPersonId.equals(personId);
    }

    String other(String personId) {
        return fromPersonId.equals(personId) ? toPersonId : fromPersonId;
    }

    /** Whether {@code giverId} gives {@code type} along this tie. */
    boolean gives(String giverId, SupportType type) {
        return effectiveSupport().stream().filter(s -> s.type() == type).anyMatch(s ->
                giverId.equals(fromPersonId) ? s.direction().fromGives() : giverId.equals(toPersonId) && s.direction().toGives());
    }

    /** The attributes that differ from {@code other}, by their schema names. */
    List<String> changedFields(NetworkTie other) {
        var changed = new ArrayList<String>();
        if (kind != other.kind) {
            changed.add("kind");
        }
        if (ring != other.ring) {
            changed.add("ring");
        }
        if (!Objects.equals(Set.copyOf(support), Set.copyOf(other.support))) {
            changed.add("support");
        }
        if (quality != other.quality) {
            changed.add("quality");
        }
        if (frequency != other.frequency) {
            changed.add("frequency");
        }
        if (!Objects.equals(knownSince, other.knownSince)) {
            changed.add("knownSince");
        }
        if (!Objects.equals(note, other.note)) {
            changed.add("note");
        }
        return changed;
    }
}
