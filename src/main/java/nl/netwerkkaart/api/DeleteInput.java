package nl.netwerkkaart.api;

/** Input of every delete mutation. */
public record DeleteInput(String id) {
}
