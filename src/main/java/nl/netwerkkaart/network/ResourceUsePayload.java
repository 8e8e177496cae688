package nl.netwerkkaart.network;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a community resource use mutation. */
record ResourceUsePayload(ResourceUse resourceUse, List<UserError> userErrors) {

    static ResourceUsePayload of(ResourceUse resourceUse) {
        return new ResourceUsePayload(resourceUse, List.of());
    }

    static ResourceUsePayload failed(List<UserError> errors) {
        return new ResourceUsePayload(null, errors);
    }
}
