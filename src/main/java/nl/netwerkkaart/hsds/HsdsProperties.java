package nl.netwerkkaart.hsds;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Open Referral HSDS import and export.
 *
 * @param taxonomyMapping which HSDS taxonomy terms mean which of our expertise terms, life domains and resource kind;
 *                        terms of our own export taxonomies are always understood and need no entry
 * @param maxServices     at most this many services per import
 * @param maxUploadBytes  at most this many bytes per uploaded file, and per unpacked zip
 */
@ConfigurationProperties("netwerkkaart.hsds")
public record HsdsProperties(List<TermMapping> taxonomyMapping, Integer maxServices, Long maxUploadBytes) {

    public HsdsProperties {
        taxonomyMapping = taxonomyMapping == null ? List.of() : List.copyOf(taxonomyMapping);
        maxServices = maxServices == null ? 2_000 : maxServices;
        maxUploadBytes = maxUploadBytes == null ? 20L * 1024 * 1024 : maxUploadBytes;
    }

    /**
     * One mapped term.
     *
     * @param term        the HSDS term's code or name (case-insensitive), optionally prefixed with its taxonomy and a
     *                    colon to tell apart equal codes of different taxonomies, e.g. {@code openeligibility:food}
     * @param expertises  names of our expertise terms (Dutch), may be empty
     * @param lifeDomains life domain codes, e.g. FINANCES, may be empty
     * @param kind        the resource kind this term implies (VOLUNTEER_SUPPORT, CLUB, ...), or null
     */
    public record TermMapping(String term, List<String> expertises, List<String> lifeDomains, String kind) {

        public TermMapping {
            expertises = expertises == null ? List.of() : List.copyOf(expertises);
            lifeDomains = lifeDomains == null ? List.of() : List.copyOf(lifeDomains);
        }
    }
}
