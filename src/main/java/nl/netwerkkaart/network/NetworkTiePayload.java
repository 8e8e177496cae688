package nl.netwerkkaart.network;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a tie mutation. */
record NetworkTiePayload(NetworkTie tie, List<UserError> userErrors) {

    static NetworkTiePayload of(NetworkTie tie) {
        return new NetworkTiePayload(tie, List.of());
    }

    static NetworkTiePayload failed(List<UserError> errors) {
        return new NetworkTiePayload(null, errors);
    }
}
