package nl.netwerkkaart.audit;

/** Which check of {@code verifyAuditChain} failed: what kind of tampering it points at. */
public enum AuditCheck {
    /** The checkpoint file cannot be read, or a line of it is not signed by a key of the key ring. */
    CHECKPOINT_FILE,
    /** The chain head is missing, or its hash is not that of the last event. */
    CHAIN_HEAD,
    /** An event is missing from the sequence, or a sequence number appears twice. */
    SEQUENCE,
    /** An event's previousHash is not the hash of the event before it. */
    LINK,
    /** An event names a key that is not in the key ring, or has no key where every event is keyed. */
    KEY,
    /** An event's fields no longer match the MAC it was written with. */
    EVENT_MAC,
    /** An event's place in the chain or its sealed hash no longer match the hash it was sealed with. */
    SEAL,
    /** The chain differs from a checkpoint, or is shorter than one: rewritten, truncated or wiped. */
    CHECKPOINT,
    /** An event is outside the chain: rejected when sealing, unlinked, or numbered beyond the head. */
    OUT_OF_CHAIN,
    /** An event waiting to be sealed has no valid write-time MAC. */
    UNSEALED,
    /** The checkpoint file records tampering noticed while sealing, e.g. an event deleted before it was sealed. */
    ALARM
}
