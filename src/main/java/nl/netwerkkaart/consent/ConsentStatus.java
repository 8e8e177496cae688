package nl.netwerkkaart.consent;

import java.util.Set;

/** For each scope, whether a family's active consents cover it today. */
record ConsentStatus(boolean shareWithTent, boolean shareNetworkMap, boolean anonymousStatistics) {

    static ConsentStatus of(Set<ConsentScope> scopes) {
        return new ConsentStatus(scopes.contains(ConsentScope.SHARE_WITH_TENT),
                scopes.contains(ConsentScope.SHARE_NETWORK_MAP), scopes.contains(ConsentScope.ANONYMOUS_STATISTICS));
    }
}
