package nl.netwerkkaart.api;

/** Length limits and formats shared by every input, so the same kind of field is checked the same way. */
public final class Limits {

    public static final int NAME = 200;
    public static final int SHORT_TEXT = 500;
    public static final int DESCRIPTION = 4000;
    public static final int URL = 500;
    public static final int PHONE = 40;
    public static final int LIST = 50;
    public static final String URL_PATTERN = "^https?://\\S+$";
    public static final String PHONE_PATTERN = "^\\+?[0-9 ()-]{6,}$";
    /** ISO 639-1 language code, lower case. */
    public static final String LANGUAGE_PATTERN = "^[a-z]{2}$";

    private Limits() {
    }
}
