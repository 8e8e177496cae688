package nl.netwerkkaart.network;

/** Which way a support type flows along a tie, seen from the tie's FROM person; stored as these names. */
public enum SupportDirection {
    GIVES, RECEIVES, BOTH;

    boolean fromGives() {
        return this != RECEIVES;
    }

    boolean toGives() {
        return this != GIVES;
    }
}
