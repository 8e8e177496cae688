package nl.netwerkkaart.tent;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a tent session mutation: the session, or why nothing was written. */
record TentSessionPayload(TentSession tentSession, List<UserError> userErrors) {

    static TentSessionPayload of(TentSession session) {
        return new TentSessionPayload(session, List.of());
    }

    static TentSessionPayload failed(List<UserError> errors) {
        return new TentSessionPayload(null, errors);
    }
}
