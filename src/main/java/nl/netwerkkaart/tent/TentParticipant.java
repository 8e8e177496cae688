package nl.netwerkkaart.tent;

import nl.netwerkkaart.graph.Row;

/** A professional who PARTICIPATES_IN a tent session, with the relationship's status. */
public record TentParticipant(String professionalId, String name, ParticipationStatus status) {

    static TentParticipant from(Row row) {
        return new TentParticipant(row.string("professionalId"), row.string("name"),
                ParticipationStatus.valueOf(row.string("status")));
    }
}
