package nl.netwerkkaart.hsds;

import java.time.Duration;
import java.util.List;

import nl.netwerkkaart.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Open Referral HSDS import, export, API and feed pulls.
 *
 * @param taxonomyMapping which HSDS taxonomy terms mean which of our expertise terms, life domains and resource kind;
 *                        terms of our own export taxonomies are always understood and need no entry
 * @param maxServices     at most this many services per import
 * @param maxUploadBytes  at most this many bytes per uploaded file, per unpacked zip, per GraphQL document and per
 *                        pulled feed
 * @param batchSize       services written per transaction; organisations too, and five times as many other records
 * @param api             who may read the HSDS API
 * @param pull            how feeds are pulled from other systems
 */
@ConfigurationProperties("netwerkkaart.hsds")
public record HsdsProperties(List<TermMapping> taxonomyMapping, Integer maxServices, Long maxUploadBytes, Integer batchSize,
                             Api api, Pull pull) {

    public HsdsProperties {
        taxonomyMapping = taxonomyMapping == null ? List.of() : List.copyOf(taxonomyMapping);
        maxServices = maxServices == null ? 2_000 : maxServices;
        maxUploadBytes = maxUploadBytes == null ? 20L * 1024 * 1024 : maxUploadBytes;
        batchSize = batchSize == null || batchSize < 1 ? 100 : batchSize;
        api = api == null ? new Api(null, null) : api;
        pull = pull == null ? new Pull(null, null, null) : pull;
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

    /**
     * Who may read the HSDS API: signed-in users with one of these roles read their own municipality's sociale kaart;
     * other systems read one municipality's with an API key.
     *
     * @param readRoles roles whose users may read; default every role (the municipality's users)
     * @param keys      API keys, each for one municipality; none by default
     */
    public record Api(List<Role> readRoles, List<ApiKey> keys) {

        public Api {
            readRoles = readRoles == null ? List.of(Role.values()) : List.copyOf(readRoles);
            keys = keys == null ? List.of() : List.copyOf(keys);
        }
    }

    /**
     * An API key, sent in the {@code X-API-Key} header.
     *
     * @param name           who holds it, for the logs
     * @param municipalityId the municipality whose sociale kaart it reads
     * @param sha256         the SHA-256 of the key, in hex; the key itself is never configured
     */
    public record ApiKey(String name, String municipalityId, String sha256) {
    }

    /**
     * Pulling feeds from other systems' HSDS APIs.
     *
     * @param allowedUrls base URLs (prefixes) a pull may read; empty allows any public http(s) address, none inside
     *                    the service's own network (loopback, link-local, private)
     * @param timeout     how long one request to a feed may take
     * @param perPage     how many services to ask for per page of a listing
     */
    public record Pull(List<String> allowedUrls, Duration timeout, Integer perPage) {

        public Pull {
            allowedUrls = allowedUrls == null ? List.of() : List.copyOf(allowedUrls);
            timeout = timeout == null ? Duration.ofSeconds(30) : timeout;
            perPage = perPage == null || perPage < 1 ? 100 : perPage;
        }
    }
}
