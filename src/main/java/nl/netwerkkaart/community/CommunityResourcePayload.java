package nl.netwerkkaart.community;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of a community resource mutation: the resource, or why nothing was written. */
record CommunityResourcePayload(CommunityResource communityResource, List<UserError> userErrors) {

    static CommunityResourcePayload of(CommunityResource resource) {
        return new CommunityResourcePayload(resource, List.of());
    }

    static CommunityResourcePayload failed(List<UserError> errors) {
        return new CommunityResourcePayload(null, errors);
    }
}
