package nl.netwerkkaart.privacy;

import java.util.Map;

import nl.netwerkkaart.api.Ids;
import nl.netwerkkaart.api.NotFoundException;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class FamilyExportController {

    private final PrivacyService service;

    FamilyExportController(PrivacyService service) {
        this.service = service;
    }

    @QueryMapping
    FamilyExport exportFamily(@Argument String id) {
        return service.export(id).orElseThrow(() -> new NotFoundException("id", "family"));
    }

    /** The same document as {@code exportFamily}, as a file to save and hand to the family. */
    @GetMapping("/families/{id}/export")
    ResponseEntity<Map<String, Object>> download(@PathVariable String id) {
        if (!Ids.isUuid(id)) {
            return ResponseEntity.badRequest().build();
        }
        return service.export(id)
                .map(export -> ResponseEntity.ok()
                        .contentType(MediaType.APPLICATION_JSON)
                        .header(HttpHeaders.CONTENT_DISPOSITION,
                                ContentDisposition.attachment().filename("gezin-" + export.familyId() + ".json").build().toString())
                        .body(export.document()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
