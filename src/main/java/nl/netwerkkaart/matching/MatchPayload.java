package nl.netwerkkaart.matching;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a match mutation: the match, or why nothing was written. */
record MatchPayload(Match match, List<UserError> userErrors) {

    static MatchPayload of(Match match) {
        return new MatchPayload(match, List.of());
    }

    static MatchPayload failed(List<UserError> errors) {
        return new MatchPayload(null, errors);
    }

    static MatchPayload failed(UserError error) {
        return failed(List.of(error));
    }
}
