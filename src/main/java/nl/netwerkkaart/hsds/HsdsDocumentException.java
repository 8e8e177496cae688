package nl.netwerkkaart.hsds;

/** The uploaded document as a whole cannot be read as HSDS; the message says why, for the caller. */
class HsdsDocumentException extends RuntimeException {

    HsdsDocumentException(String message) {
        super(message);
    }
}
