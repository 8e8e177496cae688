package nl.netwerkkaart.bench.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Draws from a list with Zipf-like popularity (weight 1/rank): a few entries are chosen often, most rarely. The
 * ranks are a seeded shuffle of the list, so which entries are popular does not depend on the order they were made in.
 */
final class Zipf<T> {

    private final List<T> values;
    private final double[] cumulative;

    Zipf(List<T> values, SplittableRandom random) {
        var shuffled = new ArrayList<>(values);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            var x = shuffled.get(i);
            shuffled.set(i, shuffled.get(j));
            shuffled.set(j, x);
        }
        this.values = List.copyOf(shuffled);
        this.cumulative = new double[shuffled.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
    }

    boolean isEmpty() {
        return values.isEmpty();
    }

    T next(SplittableRandom random) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = Arrays.binarySearch(cumulative, x);
        return values.get(Math.min(i < 0 ? -i - 1 : i, values.size() - 1));
    }
}
