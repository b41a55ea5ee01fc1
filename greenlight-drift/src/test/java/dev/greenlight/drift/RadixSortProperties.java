package dev.greenlight.drift;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The radix sort gives exactly what {@link Arrays#sort(double[])} gives, NaN removed. */
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
}
