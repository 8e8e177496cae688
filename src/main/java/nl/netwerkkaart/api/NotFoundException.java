package nl.netwerkkaart.api;

/** The id named by a field refers to nothing the caller can see; reported as NOT_FOUND. */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String field, String type) {
        super("No " + type + " with this id");
        this.field = field;
    }

    public String field() {
        return field;
    }
}
