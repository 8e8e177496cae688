package nl.netwerkkaart.community;

/** An expertise term a community resource addresses: just enough to show and link it. */
public record ResourceExpertise(String id, String name) {
}
