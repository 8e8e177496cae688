package nl.netwerkkaart.network;

import java.time.LocalDate;
import java.util.List;

/** The attributes every tie version carries, shared by adding and updating a tie. */
interface TieAttributes {

    int MAX_NOTE = 2000;
    int MAX_SUPPORT = 6;

    TieKind kind();

    Integer ring();

    List<TieSupportInput> support();

    TieQuality quality();

    ContactFrequency frequency();

    LocalDate knownSince();

    String note();

    LocalDate validFrom();
}
