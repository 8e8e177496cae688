package nl.netwerkkaart.network;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a network person mutation. */
record NetworkPersonPayload(NetworkPerson person, List<UserError> userErrors) {

    static NetworkPersonPayload of(NetworkPerson person) {
        return new NetworkPersonPayload(person, List.of());
    }

    static NetworkPersonPayload failed(List<UserError> errors) {
        return new NetworkPersonPayload(null, errors);
    }
}
