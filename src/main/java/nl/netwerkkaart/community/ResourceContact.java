package nl.netwerkkaart.community;

/** A named contact of a community resource (HSDS contact with its first phone). */
public record ResourceContact(String name, String title, String email, String phone) {
}
