package nl.netwerkkaart.network;

import jakarta.validation.constraints.NotNull;

/** One support type with direction in a tie input. */
record TieSupportInput(@NotNull SupportType type, @NotNull SupportDirection direction) {
}
