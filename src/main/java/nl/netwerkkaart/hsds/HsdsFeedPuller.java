package nl.netwerkkaart.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import nl.netwerkkaart.hsds.HsdsReader.Source;
import tools.jackson.core.JacksonException;

/**
 * Reads another system's HSDS 3.x API as the specification's OpenAPI defines it: the pages of {@code /services}
 * (with {@code modified_after} after a first pull), each service in full from {@code /services/{id}}, and the pages of
 * {@code /taxonomies} and {@code /taxonomy_terms} when the system serves them. Bounded: at most the import's number of
 * services and its number of bytes in all, each request within the pull timeout.
 */
final class HsdsFeedPuller {

    /** The progress of a pull: what it is doing, how far. */
    interface Progress {
        void phase(String phase, int done, int total);
    }

    private final HttpClient client;
    private final HsdsProperties properties;
    private long bytesRead;

    HsdsFeedPuller(HsdsProperties properties) {
        this.properties = properties;
        this.client = HttpClient.newBuilder()
                .connectTimeout(properties.pull().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The records of the feed at {@code baseUrl} (no trailing slash), changed on or after {@code modifiedAfter} when
     * given. Throws {@link HsdsDocumentException} naming what went wrong.
     */
    List<Source> pull(String baseUrl, String apiKey, OffsetDateTime modifiedAfter, Progress progress) {
        var ids = new LinkedHashSet<String>();
        int page = 1;
        while (true) {
            var query = "?page=" + page + "&per_page=" + properties.pull().perPage()
                    + (modifiedAfter == null ? "" : "&modified_after="
                    + URLEncoder.encode(modifiedAfter.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), StandardCharsets.UTF_8));
            var envelope = HsdsJson.object(get(baseUrl, "/services" + query, apiKey, false));
            if (envelope == null || !(envelope.get("contents") instanceof List<?>)) {
                throw new HsdsDocumentException("/services" + query + " answered no HSDS page (no contents)");
            }
            var contents = HsdsJson.objects(envelope.get("contents"));
            for (var service : contents) {
                var id = HsdsJson.string(service, "id");
                if (id != null) {
                    ids.add(id);
                }
            }
            if (ids.size() > properties.maxServices()) {
                throw new HsdsDocumentException("the feed lists more than " + properties.maxServices() + " services");
            }
            progress.phase("listing", ids.size(), number(envelope.get("total_items"), ids.size()));
            var lastPage = Boolean.TRUE.equals(envelope.get("last_page"))
                    || page >= number(envelope.get("total_pages"), Integer.MAX_VALUE);
            if (contents.isEmpty() || lastPage) {
                break;
            }
            page++;
        }
        var sources = new ArrayList<Source>();
        int done = 0;
        for (var id : ids) {
            var path = "/services/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
            var service = HsdsJson.object(get(baseUrl, path, apiKey, false));
            if (service == null) {
                throw new HsdsDocumentException(path + " answered no HSDS service object");
            }
            sources.add(Source.of("GET " + path, HsdsReader.SERVICE, HsdsJson.copyObject(service)));
            progress.phase("reading", ++done, ids.size());
        }
        for (var listing : List.of("taxonomies", "taxonomy_terms")) {
            var type = listing.equals("taxonomies") ? HsdsReader.TAXONOMY : HsdsReader.TAXONOMY_TERM;
            int listingPage = 1;
            while (listingPage <= 1000) {
                var path = "/" + listing + "?page=" + listingPage + "&per_page=" + properties.pull().perPage();
                var envelope = HsdsJson.object(get(baseUrl, path, apiKey, true));
                if (envelope == null) {
                    break;
                }
                var contents = HsdsJson.objects(envelope.get("contents"));
                for (int i = 0; i < contents.size(); i++) {
                    sources.add(Source.of("GET " + path + " contents[" + i + "]", type, HsdsJson.copyObject(contents.get(i))));
                }
                if (contents.isEmpty() || Boolean.TRUE.equals(envelope.get("last_page"))
                        || listingPage >= number(envelope.get("total_pages"), Integer.MAX_VALUE)) {
                    break;
                }
                listingPage++;
            }
        }
        return sources;
    }

    private static int number(Object value, int otherwise) {
        return value instanceof Number n ? n.intValue() : otherwise;
    }

    /** The JSON at a path of the feed; null for a 404 when {@code optional}. */
    private Object get(String baseUrl, String path, String apiKey, boolean optional) {
        var request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(properties.pull().timeout())
                .header("Accept", "application/json")
                .GET();
        if (apiKey != null && !apiKey.isBlank()) {
            request.header("X-API-Key", apiKey);
        }
        try {
            var response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (optional && (response.statusCode() == 404 || response.statusCode() == 501)) {
                    return null;
                }
                if (response.statusCode() != 200) {
                    throw new HsdsDocumentException(path + " answered HTTP " + response.statusCode());
                }
                var left = properties.maxUploadBytes() - bytesRead;
                var bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, left + 1));
                bytesRead += bytes.length;
                if (bytes.length > left) {
                    throw new HsdsDocumentException("the feed is larger than " + properties.maxUploadBytes() + " bytes");
                }
                return HsdsJson.MAPPER.readValue(bytes, Object.class);
            }
        }
        catch (JacksonException e) {
            throw new HsdsDocumentException(path + " answered no valid JSON");
        }
        catch (IOException e) {
            throw new HsdsDocumentException(path + " could not be read: " + e.getClass().getSimpleName());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HsdsDocumentException("the pull was interrupted");
        }
        catch (IllegalArgumentException e) {
            throw new HsdsDocumentException("is not a valid address: " + baseUrl + path);
        }
    }
}
