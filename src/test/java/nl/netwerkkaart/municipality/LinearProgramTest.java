package nl.netwerkkaart.municipality;

import java.util.List;

import nl.netwerkkaart.municipality.LinearProgram.Row;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LinearProgramTest {

    @Test
    void the_largest_value_of_one_part_of_a_fixed_sum_is_the_whole_sum() {
        // the case commons-math3's SimplexSolver answers with 0
        var outcome = LinearProgram.maximise(new double[] {0, 1, 0}, List.of(new Row(new double[] {1, 1, 1}, true, 6)));

        assertThat(outcome.unbounded()).isFalse();
        assertThat(outcome.point()).containsExactly(new double[] {0, 6, 0}, within(1e-9));
    }

    @Test
    void rows_with_negative_bounds_and_inequalities_are_met() {
        // x − y = −2, x + y ≤ 10: the largest x is 4
        var outcome = LinearProgram.maximise(new double[] {1, 0},
                List.of(new Row(new double[] {1, -1}, true, -2), new Row(new double[] {1, 1}, false, 10)));

        assertThat(outcome.point()).containsExactly(new double[] {4, 6}, within(1e-9));
    }

    @Test
    void a_value_that_can_grow_without_end_comes_with_the_direction_it_grows_in() {
        // x − y = 0: both grow together
        var outcome = LinearProgram.maximise(new double[] {1, 0}, List.of(new Row(new double[] {1, -1}, true, 0)));

        assertThat(outcome.unbounded()).isTrue();
        assertThat(outcome.direction()[0]).isPositive();
        assertThat(outcome.direction()[0]).isEqualTo(outcome.direction()[1]);
    }

    @Test
    void rows_no_values_fit_have_no_outcome() {
        assertThat(LinearProgram.maximise(new double[] {1}, List.of(new Row(new double[] {1}, true, -1)))).isNull();
    }
}
