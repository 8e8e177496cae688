package nl.netwerkkaart.municipality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Counts published together with the sums that tie them, suppressed so that no hidden count can be worked out.
 * Primary suppression hides every count from 1 up to the minimum cell size minus one (a zero is shown: it
 * describes no family). Complementary suppression then visits every relation (a total and its parts, or a
 * stock and its flows) and, while one holds exactly one hidden entry, hides its smallest visible positive entry
 * as well (a zero only when nothing else is left), repeating until no relation has a single hidden entry: a
 * hidden count can then not be computed as a total minus the visible parts.
 */
final class CellTable {

    private final List<Integer> values = new ArrayList<>();
    // A hidden zero protects nothing when its other relation shows a zero total, so the smallest positive count goes first.
    private final Comparator<Integer> byProtection = Comparator.comparing((Integer cell) -> values.get(cell) == 0)
            .thenComparing(values::get)
            .thenComparing(Comparator.naturalOrder());
    private final List<int[]> relations = new ArrayList<>();
    private boolean[] hidden;

    /** Adds a count; returns its cell number. */
    int add(int value) {
        values.add(value);
        return values.size() - 1;
    }

    /** Adds a total of the given cells as a new cell, related to them; returns its cell number. */
    int sum(List<Integer> parts) {
        var total = add(parts.stream().mapToInt(values::get).sum());
        relate(total, parts);
        return total;
    }

    /** Records that {@code total} equals the sum of {@code parts} (or equals its single part). */
    void relate(int total, List<Integer> parts) {
        relations.add(IntStream.concat(IntStream.of(total), parts.stream().mapToInt(Integer::intValue)).toArray());
    }

    /** Records any linear relation between cells, e.g. a stock that follows from the previous stock and flows. */
    void relate(List<Integer> cells) {
        relations.add(cells.stream().mapToInt(Integer::intValue).toArray());
    }

    void suppress(int minimumCellSize) {
        hidden = new boolean[values.size()];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = values.get(i) > 0 && values.get(i) < minimumCellSize;
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var relation : relations) {
                if (IntStream.of(relation).filter(cell -> hidden[cell]).count() == 1) {
                    var complement = IntStream.of(relation).filter(cell -> !hidden[cell]).boxed().min(byProtection);
                    if (complement.isPresent()) {
                        hidden[complement.get()] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    Count count(int cell) {
        if (hidden == null) {
            throw new IllegalStateException("suppress first");
        }
        return hidden[cell] ? Count.hidden() : Count.of(values.get(cell));
    }
}
