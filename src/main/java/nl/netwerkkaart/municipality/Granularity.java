package nl.netwerkkaart.municipality;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** The length of the periods flow statistics are split into. */
public enum Granularity {
    MONTH,
    QUARTER;

    /** The first day of the period holding {@code day}. */
    LocalDate start(LocalDate day) {
        return this == MONTH
                ? day.withDayOfMonth(1)
                : day.withDayOfMonth(1).withMonth((day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1);
    }

    LocalDate next(LocalDate start) {
        return start.plusMonths(this == MONTH ? 1 : 3);
    }

    /** E.g. 2026-03 or 2026-Q1. */
    String label(LocalDate start) {
        return this == MONTH
                ? "%d-%02d".formatted(start.getYear(), start.getMonthValue())
                : "%d-Q%d".formatted(start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
    }
}
