package dev.greenlight.stats;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The radix sort gives exactly what {@link Arrays#sort(double[])} gives: {@link Double#compare}'s order. */
class RadixSortProperties {

    @Property(tries = 200)
    void sameOrderAsArraysSort(@ForAll @Size(max = 20_000) List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        double[] expected = Arrays.stream(v).filter(x -> !Double.isNaN(x)).sorted().toArray();
        double[] actual = RadixSort.sortedWithoutNaN(v);
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.doubleToRawLongBits(actual[i])).isEqualTo(Double.doubleToRawLongBits(expected[i]));
        }
    }

    @Property(tries = 200)
    void argsortIsAStableSortByDoubleCompare(@ForAll @Size(max = 20_000) List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        int[] expected = IntStream.range(0, v.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> v[i], Double::compare)).mapToInt(Integer::intValue)
                .toArray();
        double[] sorted = new double[v.length];
        int[] rows = RadixSort.argsort(v, sorted);
        assertThat(rows).containsExactly(expected);
        for (int i = 0; i < v.length; i++) {
            assertThat(Double.doubleToLongBits(sorted[i])).isEqualTo(Double.doubleToLongBits(v[expected[i]]));
        }
    }

    @Test
    void negativeZeroSortsBeforeZeroAndNaNLast() {
        double[] keys = {0.0, Double.NaN, -0.0, 1.0, Double.NEGATIVE_INFINITY, -0.0, 0.0};
        double[] sorted = new double[keys.length];
        int[] rows = RadixSort.argsort(keys, sorted);
        assertThat(rows).containsExactly(4, 2, 5, 0, 6, 3, 1);
        assertThat(Double.doubleToRawLongBits(sorted[1])).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(sorted[3])).isEqualTo(Double.doubleToRawLongBits(0.0));
        assertThat(sorted[6]).isNaN();
        double[] big = new double[5_000];
        big[0] = 0.0;
        big[1] = -0.0;
        double[] out = RadixSort.sortedWithoutNaN(big);
        assertThat(Double.doubleToRawLongBits(out[0])).isEqualTo(Double.doubleToRawLongBits(-0.0));
    }
}
