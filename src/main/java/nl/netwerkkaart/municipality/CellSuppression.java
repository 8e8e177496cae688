package nl.netwerkkaart.municipality;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Counts published together with the linear relations between them (a total and its parts, a stock and its flows,
 * one count at most another), suppressed so that no hidden count can be worked out from what is shown.
 * <ol>
 * <li>Primary: every count from 1 up to the minimum cell size minus one is hidden. A zero is shown (it describes no
 * family) and is never hidden, so readers know every hidden count is at least 1; the audit below assumes they do.</li>
 * <li>Complementary: while a relation holds exactly one hidden count, its smallest visible positive count is hidden
 * too, until no relation has a single hidden count.</li>
 * <li>Audit: that is not enough (two hidden counts in a row and a column can still pin each other down, and a
 * hidden total of 2 over two hidden parts makes both 1), so for each hidden count a linear program over all the
 * relations ({@link LinearProgram}) finds the largest value it could have given everything shown, every hidden
 * count being at least 1.
 * A primary count is safe when that largest value reaches the minimum cell size: nobody can tell it is small. A
 * complementary count is safe when it can take another value than its own. While a count is not safe, the smallest
 * visible positive count nearest to it (first in its own relations, then one relation further) is hidden as well.
 * Hiding more only widens what every hidden count could be, so one pass over the hidden counts suffices.</li>
 * </ol>
 * The outcome depends on the counts and the order they were added only, so the same figures hide the same cells.
 */
final class CellSuppression {

    private static final double TOLERANCE = 1e-6;
    private static final double EPSILON = 1e-9;
    private static final int LOWER_BOUND = 1;

    /** The sum over the cells of coefficient × count is 0 ({@code equality}) or at most 0. */
    private record Relation(int[] cells, int[] coefficients, boolean equality) {
    }

    private final List<Integer> values = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Comparator<Integer> smallestFirst = Comparator.comparing(values::get).thenComparing(Comparator.naturalOrder());
    private boolean[] hidden;
    private List<List<Relation>> relationsOf;
    private final List<double[]> witnesses = new ArrayList<>();

    /** Adds a count; returns its cell number. */
    int add(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative: " + value);
        }
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
        balance(List.of(total), parts);
    }

    /** Records that the cells of {@code left} add up to the same as those of {@code right}, e.g. stock + in = out + stock. */
    void balance(List<Integer> left, List<Integer> right) {
        var cells = IntStream.concat(left.stream().mapToInt(Integer::intValue), right.stream().mapToInt(Integer::intValue)).toArray();
        var coefficients = IntStream.range(0, cells.length).map(i -> i < left.size() ? 1 : -1).toArray();
        if (IntStream.range(0, cells.length).map(i -> coefficients[i] * values.get(cells[i])).sum() != 0) {
            throw new IllegalArgumentException("the counts do not balance: " + left + " and " + right);
        }
        relations.add(new Relation(cells, coefficients, true));
    }

    /**
     * Records that {@code smaller} never exceeds {@code larger}, which readers can know from what the counts mean.
     * Figures that break it (data outside the rule) give readers nothing to narrow with, so it is then left out.
     */
    void atMost(int smaller, int larger) {
        if (values.get(smaller) <= values.get(larger)) {
            relations.add(new Relation(new int[] {smaller, larger}, new int[] {1, -1}, false));
        }
    }

    void suppress(int minimumCellSize) {
        relationsOf = new ArrayList<>();
        values.forEach(value -> relationsOf.add(new ArrayList<>()));
        relations.forEach(relation -> IntStream.of(relation.cells()).distinct().forEach(cell -> relationsOf.get(cell).add(relation)));
        hidden = new boolean[values.size()];
        for (int cell = 0; cell < hidden.length; cell++) {
            hidden[cell] = primary(cell, minimumCellSize);
        }
        complementLoneCells();
        audit(minimumCellSize);
    }

    Count count(int cell) {
        if (hidden == null) {
            throw new IllegalStateException("suppress first");
        }
        return hidden[cell] ? Count.hidden() : Count.of(values.get(cell));
    }

    private boolean primary(int cell, int minimumCellSize) {
        return values.get(cell) > 0 && values.get(cell) < minimumCellSize;
    }

    /** The quick first round: no equality with exactly one hidden count. */
    private void complementLoneCells() {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var relation : relations) {
                if (relation.equality() && IntStream.of(relation.cells()).filter(cell -> hidden[cell]).count() == 1) {
                    var complement = IntStream.of(relation.cells()).filter(this::hideable).boxed().min(smallestFirst);
                    if (complement.isPresent()) {
                        hidden[complement.get()] = true;
                        changed = true;
                    }
                }
            }
        }
    }

    private boolean hideable(int cell) {
        return !hidden[cell] && values.get(cell) > 0;
    }

    private void audit(int minimumCellSize) {
        var queue = new ArrayDeque<Integer>();
        IntStream.range(0, hidden.length).filter(cell -> hidden[cell]).forEach(queue::add);
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            while (!safe(cell, minimumCellSize)) {
                int complement = nearestComplement(cell);
                hidden[complement] = true;
                queue.add(complement);
            }
        }
    }

    /**
     * Every solution a linear program found is kept: it shows values the hidden counts could have, so a count it
     * moves far enough needs no program of its own. It stays a solution when more counts are hidden later.
     */
    private boolean safe(int cell, int minimumCellSize) {
        if (witnessed(cell, minimumCellSize)) {
            return true;
        }
        var component = new Component(cell);
        component.solve(true, minimumCellSize);
        if (witnessed(cell, minimumCellSize) || primary(cell, minimumCellSize)) {
            return witnessed(cell, minimumCellSize);
        }
        component.solve(false, minimumCellSize);
        return witnessed(cell, minimumCellSize);
    }

    /** A primary count that could reach the minimum cell size, or another count that could be off by one or more. */
    private boolean witnessed(int cell, int minimumCellSize) {
        int value = values.get(cell);
        boolean primary = primary(cell, minimumCellSize);
        return witnesses.stream().anyMatch(witness -> primary
                ? witness[cell] >= minimumCellSize - TOLERANCE
                : Math.abs(witness[cell] - value) >= 1 - TOLERANCE);
    }

    /**
     * The smallest visible positive count in the relations of {@code cell}, else in the relations of the hidden
     * counts those reach, and so on. When every count around is hidden or zero, the hidden counts around it could
     * all be doubled, so a count that is not safe always has one.
     */
    private int nearestComplement(int cell) {
        var reached = new boolean[hidden.length];
        reached[cell] = true;
        var frontier = List.of(cell);
        while (!frontier.isEmpty()) {
            var next = new ArrayList<Integer>();
            var candidates = new ArrayList<Integer>();
            for (var relation : frontier.stream().flatMap(c -> relationsOf.get(c).stream()).distinct().toList()) {
                for (int other : relation.cells()) {
                    if (hideable(other)) {
                        candidates.add(other);
                    } else if (hidden[other] && !reached[other]) {
                        reached[other] = true;
                        next.add(other);
                    }
                }
            }
            if (!candidates.isEmpty()) {
                return candidates.stream().min(smallestFirst).orElseThrow();
            }
            frontier = next;
        }
        throw new IllegalStateException("no count left to hide next to cell " + cell);
    }

    /** The hidden counts linked to one through relations (it comes first), and those relations. */
    private final class Component {

        final List<Integer> cells = new ArrayList<>();
        final Map<Integer, Integer> index = new HashMap<>();
        // records with array components compare by identity: each relation is one element
        final Set<Relation> relations = new LinkedHashSet<>();

        Component(int cell) {
            cells.add(cell);
            index.put(cell, 0);
            for (int next = 0; next < cells.size(); next++) {
                for (var relation : relationsOf.get(cells.get(next))) {
                    if (!relations.add(relation)) {
                        continue;
                    }
                    for (int other : relation.cells()) {
                        if (hidden[other] && !index.containsKey(other)) {
                            index.put(other, cells.size());
                            cells.add(other);
                        }
                    }
                }
            }
        }

        /**
         * The smallest or largest value of the component's first count over all hidden values of at least 1 that fit
         * its relations with the shown counts; the solution found is kept as a witness once checked.
         */
        void solve(boolean maximum, int minimumCellSize) {
            // each hidden count is 1 plus a non-negative unknown
            var rows = new ArrayList<LinearProgram.Row>();
            for (var relation : relations) {
                var coefficients = new double[cells.size()];
                double bound = 0;
                for (int i = 0; i < relation.cells().length; i++) {
                    int other = relation.cells()[i];
                    if (hidden[other]) {
                        coefficients[index.get(other)] += relation.coefficients()[i];
                        bound -= relation.coefficients()[i] * LOWER_BOUND;
                    } else {
                        bound -= relation.coefficients()[i] * values.get(other);
                    }
                }
                rows.add(new LinearProgram.Row(coefficients, relation.equality(), bound));
            }
            var objective = new double[cells.size()];
            objective[0] = maximum ? 1 : -1;
            var outcome = LinearProgram.maximise(objective, rows);
            if (outcome == null) {
                return;
            }
            var point = outcome.point();
            if (outcome.unbounded() && outcome.direction()[0] > EPSILON) {
                // far enough along the direction for the count to pass any bound that matters
                double step = (minimumCellSize + values.get(cells.get(0)) + 1) / outcome.direction()[0];
                for (int i = 0; i < point.length; i++) {
                    point[i] += step * outcome.direction()[i];
                }
            }
            var witness = values.stream().mapToDouble(Integer::doubleValue).toArray();
            for (int i = 0; i < cells.size(); i++) {
                witness[cells.get(i)] = LOWER_BOUND + point[i];
            }
            if (fits(witness)) {
                witnesses.add(witness);
            }
        }

        /** Whether the witness keeps every hidden count at least 1 and every relation around them. */
        private boolean fits(double[] witness) {
            if (cells.stream().anyMatch(cell -> witness[cell] < LOWER_BOUND - TOLERANCE)) {
                return false;
            }
            for (var relation : relations) {
                double sum = 0;
                for (int i = 0; i < relation.cells().length; i++) {
                    sum += relation.coefficients()[i] * witness[relation.cells()[i]];
                }
                if (relation.equality() ? Math.abs(sum) > TOLERANCE * 1000 : sum > TOLERANCE * 1000) {
                    return false;
                }
            }
            return true;
        }
    }
}
