package nl.netwerkkaart.hsds;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartHttpServletRequest;

@Controller
class HsdsController {

    private final HsdsService service;
    private final HsdsProperties properties;

    HsdsController(HsdsService service, HsdsProperties properties) {
        this.service = service;
        this.properties = properties;
    }

    @MutationMapping
    HsdsImportPayload importHsds(@Argument ImportHsdsInput input) {
        return service.importDocument(input.document());
    }

    @QueryMapping
    List<Map<String, Object>> exportHsds() {
        return service.export();
    }

    @MutationMapping
    HsdsPullPayload pullHsdsFeed(@Argument PullHsdsFeedInput input) {
        return service.pull(input);
    }

    @QueryMapping
    List<HsdsImportJobs.View> hsdsImportJobs(@Argument String id) {
        return service.jobs(id);
    }

    /**
     * The same import as {@code importHsds} for files: a multipart upload (part {@code file}) or the raw body, holding
     * HSDS JSON or a zip of the CSV tables with datapackage.json. Answers the payload as JSON; 400 when the file as a
     * whole was refused (nothing written).
     */
    @PostMapping("/hsds/import")
    ResponseEntity<HsdsImportPayload> upload(HttpServletRequest request) throws IOException {
        byte[] bytes;
        if (request instanceof MultipartHttpServletRequest multipart && multipart.getFile("file") != null) {
            try (var in = multipart.getFile("file").getInputStream()) {
                bytes = read(in);
            }
        }
        else {
            try (var in = request.getInputStream()) {
                bytes = read(in);
            }
        }
        var payload = bytes == null
                ? HsdsImportPayload.failed(nl.netwerkkaart.api.UserError.invalid("file", "must be at most " + properties.maxUploadBytes() + " bytes"))
                : service.importFile(bytes);
        return ResponseEntity.status(payload.userErrors().isEmpty() ? HttpStatus.OK : HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(payload);
    }

    /** The same document as {@code exportHsds}, as a file. */
    @GetMapping("/hsds/export.json")
    ResponseEntity<List<Map<String, Object>>> download() {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("hsds-export.json").build().toString())
                .body(service.export());
    }

    /** The same services, with their organizations, taxonomies and every other record, as HSDS CSV tables in a zip. */
    @GetMapping("/hsds/export.zip")
    ResponseEntity<byte[]> downloadTables() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("hsds-export.zip").build().toString())
                .body(service.exportTables());
    }

    /** The stream's bytes, or null when there are more than allowed; reads no further than that. */
    private byte[] read(InputStream in) throws IOException {
        var bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, properties.maxUploadBytes() + 1));
        return bytes.length > properties.maxUploadBytes() ? null : bytes;
    }
}
