package nl.netwerkkaart.municipality;

import java.util.Arrays;
import java.util.List;

/**
 * The largest value of a linear objective over x ≥ 0 and linear rows (equal to, or at most, a bound): a dense
 * two-phase simplex with Bland's rule, which cannot cycle. Small on purpose: the tables it serves have a few hundred
 * unknowns, and {@link CellSuppression} checks every answer against its relations before it relies on it, so a
 * wrong answer can only make it hide more, never less.
 */
final class LinearProgram {

    private static final double EPSILON = 1e-9;
    private static final int MAX_PIVOTS = 100_000;

    /** coefficients · x equals {@code bound} ({@code equality}) or is at most it. */
    record Row(double[] coefficients, boolean equality, double bound) {
    }

    /** A solution reached: an optimum, or a point and a direction along which the objective grows without end. */
    record Outcome(double[] point, double[] direction) {

        boolean unbounded() {
            return direction != null;
        }
    }

    private final int variables;
    private final int slacks;
    private final int columns;
    private final double[][] tableau;
    private final int[] basis;

    private LinearProgram(int variables, List<Row> rows) {
        this.variables = variables;
        this.slacks = (int) rows.stream().filter(row -> !row.equality()).count();
        int m = rows.size();
        // structural variables, a slack per inequality, an artificial per row; the last column holds the bounds
        this.columns = variables + slacks + m;
        this.tableau = new double[m + 1][columns + 1];
        this.basis = new int[m];
        int slack = variables;
        for (int i = 0; i < m; i++) {
            var row = rows.get(i);
            System.arraycopy(row.coefficients(), 0, tableau[i], 0, variables);
            if (!row.equality()) {
                tableau[i][slack++] = 1;
            }
            tableau[i][columns] = row.bound();
            if (row.bound() < 0) {
                for (int j = 0; j < columns + 1; j++) {
                    tableau[i][j] = -tableau[i][j];
                }
            }
            tableau[i][variables + slacks + i] = 1;
            basis[i] = variables + slacks + i;
        }
    }

    /** Maximises objective · x; null when no x fits the rows. */
    static Outcome maximise(double[] objective, List<Row> rows) {
        var program = new LinearProgram(objective.length, rows);
        return program.solve(objective);
    }

    private Outcome solve(double[] objective) {
        int m = basis.length;
        var phaseOne = new double[columns];
        for (int j = variables + slacks; j < columns; j++) {
            phaseOne[j] = -1;
        }
        objectiveRow(phaseOne);
        run(columns);
        if (tableau[m][columns] < -1e-7) {
            return null;
        }
        driveOutArtificials();
        objectiveRow(objective);
        int unboundedColumn = run(variables + slacks);
        var point = new double[variables];
        for (int i = 0; i < m; i++) {
            if (basis[i] < variables) {
                point[basis[i]] = tableau[i][columns];
            }
        }
        if (unboundedColumn < 0) {
            return new Outcome(point, null);
        }
        var direction = new double[variables];
        if (unboundedColumn < variables) {
            direction[unboundedColumn] = 1;
        }
        for (int i = 0; i < m; i++) {
            if (basis[i] < variables) {
                direction[basis[i]] = -tableau[i][unboundedColumn];
            }
        }
        return new Outcome(point, direction);
    }

    /** Writes z − objective · x = 0 in terms of the current basis. */
    private void objectiveRow(double[] objective) {
        int m = basis.length;
        var z = tableau[m];
        Arrays.fill(z, 0);
        for (int j = 0; j < objective.length; j++) {
            z[j] = -objective[j];
        }
        for (int i = 0; i < m; i++) {
            double cost = basis[i] < objective.length ? objective[basis[i]] : 0;
            if (cost != 0) {
                for (int j = 0; j <= columns; j++) {
                    z[j] += cost * tableau[i][j];
                }
            }
        }
    }

    /** Pivots until optimal; returns the entering column that showed the objective unbounded, or −1. */
    private int run(int enterable) {
        int m = basis.length;
        for (int pivots = 0; pivots < MAX_PIVOTS; pivots++) {
            int entering = -1;
            for (int j = 0; j < enterable; j++) {
                if (tableau[m][j] < -EPSILON) {
                    entering = j;
                    break;
                }
            }
            if (entering < 0) {
                return -1;
            }
            int leaving = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < m; i++) {
                if (tableau[i][entering] > EPSILON) {
                    double ratio = tableau[i][columns] / tableau[i][entering];
                    if (ratio < best - EPSILON || (ratio <= best + EPSILON && leaving >= 0 && basis[i] < basis[leaving])) {
                        best = Math.min(best, ratio);
                        leaving = i;
                    }
                }
            }
            if (leaving < 0) {
                return entering;
            }
            pivot(leaving, entering);
        }
        throw new IllegalStateException("no optimum after " + MAX_PIVOTS + " pivots");
    }

    /** An artificial still in the basis (at zero) leaves for any other column of its row; without one its row is redundant. */
    private void driveOutArtificials() {
        for (int i = 0; i < basis.length; i++) {
            if (basis[i] >= variables + slacks) {
                for (int j = 0; j < variables + slacks; j++) {
                    if (Math.abs(tableau[i][j]) > EPSILON) {
                        pivot(i, j);
                        break;
                    }
                }
            }
        }
    }

    private void pivot(int row, int column) {
        var pivotRow = tableau[row];
        double pivot = pivotRow[column];
        // tables' relations are sparse and stay so: only the pivot row's non-zero columns change other rows
        var nonZero = new int[columns + 1];
        int count = 0;
        for (int j = 0; j <= columns; j++) {
            if (pivotRow[j] != 0) {
                pivotRow[j] /= pivot;
                nonZero[count++] = j;
            }
        }
        for (int i = 0; i < tableau.length; i++) {
            double factor = tableau[i][column];
            if (i != row && factor != 0) {
                var target = tableau[i];
                for (int k = 0; k < count; k++) {
                    target[nonZero[k]] -= factor * pivotRow[nonZero[k]];
                }
            }
        }
        basis[row] = column;
    }
}
