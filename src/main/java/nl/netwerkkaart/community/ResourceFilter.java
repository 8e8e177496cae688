package nl.netwerkkaart.community;

import java.util.List;

import nl.netwerkkaart.community.CommunityResource.ResourceKind;
import nl.netwerkkaart.community.CommunityResource.ResourceStatus;

/** The {@code filter} argument of {@code communityResources}, as the caller sent it; life domains as their codes. */
record ResourceFilter(String text, List<String> lifeDomains, List<String> expertiseIds, List<String> areaIds,
                      Integer age, List<String> languages, List<ResourceStatus> statuses, List<ResourceKind> kinds,
                      Boolean stale, Boolean flagged) {

    /** No filter given: every active resource. */
    static final ResourceFilter NONE = new ResourceFilter(null, null, null, null, null, null, null, null, null, null);
}
