package nl.netwerkkaart.network;

import java.util.List;

/** A family's (or member's) assessments over time, and the same scores per life domain. */
record SelfRelianceTrend(String familyId, String personId, List<Assessment> assessments, List<DomainTrend> domains) {

    record DomainTrend(String lifeDomain, String name, List<Assessment.DomainScore> points) {
    }
}
