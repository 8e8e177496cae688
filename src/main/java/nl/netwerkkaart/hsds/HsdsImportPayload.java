package nl.netwerkkaart.hsds;

import java.util.List;

import nl.netwerkkaart.api.UserError;

/** Result of {@code importHsds}: the report, or why the document as a whole was refused (then nothing was written). */
record HsdsImportPayload(HsdsImportReport report, List<UserError> userErrors) {

    static HsdsImportPayload of(HsdsImportReport report) {
        return new HsdsImportPayload(report, List.of());
    }

    static HsdsImportPayload failed(UserError error) {
        return new HsdsImportPayload(null, List.of(error));
    }
}
