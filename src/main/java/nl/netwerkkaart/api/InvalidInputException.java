package nl.netwerkkaart.api;

/** A query argument the caller must correct; reported as BAD_REQUEST naming the field. */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
