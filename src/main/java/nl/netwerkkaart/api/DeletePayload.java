package nl.netwerkkaart.api;

import java.util.List;

/** Result of every delete mutation. */
public record DeletePayload(String deletedId, List<UserError> userErrors) {

    public static DeletePayload deleted(String id) {
        return new DeletePayload(id, List.of());
    }

    public static DeletePayload failed(UserError error) {
        return new DeletePayload(null, List.of(error));
    }
}
