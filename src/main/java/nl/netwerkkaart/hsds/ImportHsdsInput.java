package nl.netwerkkaart.hsds;

/** Input of {@code importHsds}: an HSDS 3.x JSON document, one service object or a list of them. */
record ImportHsdsInput(Object document) {
}
