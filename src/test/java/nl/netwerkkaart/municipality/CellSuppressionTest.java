package nl.netwerkkaart.municipality;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import nl.netwerkkaart.municipality.SuppressionAttack.Entry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suppression on its own, on tables built in memory: the same solver attack as over HTTP, on many more tables
 * than a database could hold fixtures for in a test run.
 */
class CellSuppressionTest {

    private static final int MINIMUM = 5;
    private static final int RANDOM_TABLES = 300;

    @Test
    void two_small_counts_that_make_up_what_is_left_of_a_total_are_not_both_given_away() {
        // 2026-Q3 of the demo before: 9 confirmed matches, 7 and 0 shown, so the two hidden steps were 1 and 1
        var table = new CellSuppression();
        var steps = List.of(table.add(7), table.add(0), table.add(1), table.add(1));
        int confirmed = table.sum(steps);
        table.suppress(MINIMUM);

        var attack = new SuppressionAttack();
        attack.sum(entry(attack, table, confirmed, "confirmed"), steps.stream().map(s -> entry(attack, table, s, "step " + s)).toList());
        assertThat(attack.intervals()).as("each hidden step can be anything up to 7")
                .allSatisfy(interval -> assertThat(interval.highest()).isGreaterThanOrEqualTo(MINIMUM));
        assertThat(table.count(steps.get(1))).as("a zero is shown: it describes no family").isEqualTo(Count.of(0));
    }

    @Test
    void a_stock_between_hidden_flows_cannot_be_worked_out_from_the_next_stock() {
        // stock 20 → inflow 3, outflow 0 → stock 23 → inflow 6, outflow 2 → stock 27
        var table = new CellSuppression();
        var stocks = List.of(table.add(20), table.add(23), table.add(27));
        var inflows = List.of(table.add(3), table.add(6));
        var outflows = List.of(table.add(0), table.add(2));
        for (int p = 0; p < 2; p++) {
            table.balance(List.of(stocks.get(p), inflows.get(p)), List.of(outflows.get(p), stocks.get(p + 1)));
        }
        int inflowTotal = table.sum(inflows);
        int outflowTotal = table.sum(outflows);
        table.suppress(MINIMUM);

        var attack = new SuppressionAttack();
        var stockEntries = stocks.stream().map(s -> entry(attack, table, s, "stock " + s)).toList();
        var inflowEntries = inflows.stream().map(s -> entry(attack, table, s, "inflow " + s)).toList();
        var outflowEntries = outflows.stream().map(s -> entry(attack, table, s, "outflow " + s)).toList();
        for (int p = 0; p < 2; p++) {
            attack.equal(List.of(stockEntries.get(p), inflowEntries.get(p)), List.of(outflowEntries.get(p), stockEntries.get(p + 1)));
        }
        attack.sum(entry(attack, table, inflowTotal, "inflow total"), inflowEntries);
        attack.sum(entry(attack, table, outflowTotal, "outflow total"), outflowEntries);
        assertThat(findings(attack)).isEmpty();
    }

    @Test
    void no_hidden_cell_of_random_tables_with_margins_can_be_worked_out() {
        var random = new Random(15);
        int hidden = 0;
        int complementary = 0;
        for (int t = 0; t < RANDOM_TABLES; t++) {
            int rows = 2 + random.nextInt(6);
            int columns = 2 + random.nextInt(8);
            var values = new int[rows][columns];
            for (var row : values) {
                for (int c = 0; c < columns; c++) {
                    // a third zeros, most of the rest small
                    row[c] = random.nextInt(3) == 0 ? 0 : random.nextInt(10) < 6 ? 1 + random.nextInt(4) : 5 + random.nextInt(20);
                }
            }
            var published = table(values);
            assertThat(findings(published.attack())).as("table %d", t).isEmpty();
            hidden += published.attack().hiddenCount();
            complementary += published.complementary();
        }
        System.out.printf("Suppression on %d random tables: %d hidden cells, of which %d complementary%n", RANDOM_TABLES,
                hidden, complementary);
    }

    @Test
    void the_same_counts_always_hide_the_same_cells() {
        var values = new int[][] {{2, 6, 7, 0}, {8, 5, 0, 1}, {3, 9, 12, 4}};
        assertThat(table(values).pattern()).isEqualTo(table(values).pattern());
    }

    private record Published(SuppressionAttack attack, List<Boolean> pattern, int complementary) {
    }

    /** A table of counts with row, column and grand totals, suppressed, as a reader sees it. */
    private static Published table(int[][] values) {
        int rows = values.length;
        int columns = values[0].length;
        var table = new CellSuppression();
        var cells = new int[rows][columns];
        var rowTotals = new ArrayList<Integer>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                cells[r][c] = table.add(values[r][c]);
            }
            rowTotals.add(table.sum(IntStream.of(cells[r]).boxed().toList()));
        }
        var columnTotals = new ArrayList<Integer>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            columnTotals.add(table.sum(IntStream.range(0, rows).mapToObj(r -> cells[r][column]).toList()));
        }
        int grand = table.sum(rowTotals);
        table.relate(grand, columnTotals);
        table.suppress(MINIMUM);

        var attack = new SuppressionAttack();
        var pattern = new ArrayList<Boolean>();
        int complementary = 0;
        var entries = new Entry[rows][columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                entries[r][c] = entry(attack, table, cells[r][c], "cell " + r + "," + c);
                pattern.add(entries[r][c].hidden());
                complementary += entries[r][c].hidden() && values[r][c] >= MINIMUM ? 1 : 0;
            }
        }
        var rowEntries = new ArrayList<Entry>();
        for (int r = 0; r < rows; r++) {
            rowEntries.add(entry(attack, table, rowTotals.get(r), "row " + r));
            attack.sum(rowEntries.get(r), List.of(entries[r]));
        }
        var columnEntries = new ArrayList<Entry>();
        for (int c = 0; c < columns; c++) {
            int column = c;
            columnEntries.add(entry(attack, table, columnTotals.get(c), "column " + c));
            attack.sum(columnEntries.get(c), IntStream.range(0, rows).mapToObj(r -> entries[r][column]).toList());
        }
        var grandEntry = entry(attack, table, grand, "grand");
        attack.sum(grandEntry, rowEntries);
        attack.sum(grandEntry, columnEntries);
        rowEntries.forEach(e -> pattern.add(e.hidden()));
        columnEntries.forEach(e -> pattern.add(e.hidden()));
        pattern.add(grandEntry.hidden());
        return new Published(attack, pattern, complementary);
    }

    private static Entry entry(SuppressionAttack attack, CellSuppression table, int cell, String name) {
        var count = table.count(cell);
        return attack.count(name, count.suppressed() ? Map.of("suppressed", true) : Map.of("value", count.value(), "suppressed", false));
    }

    private static List<String> findings(SuppressionAttack attack) {
        return attack.intervals().stream()
                .filter(i -> i.derivable() || i.highest() < MINIMUM)
                .map(Object::toString)
                .toList();
    }
}
