package dev.greenlight.stats;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The distance of each subset by stretches equals the merge of {@link Wasserstein} between the subset's present
 * values and the whole sample's, to 1e-12 relative, on continuous values, heavy ties, missing values and signed
 * zeros.
 */
class SubsetWassersteinProperties {

    @Property(tries = 300)
    void equalsTheMergeForEverySubset(@ForAll("samples") double[] values, @ForAll("subsetCounts") int subsets,
                                      @ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] subsetOfRow = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            subsetOfRow[i] = random.nextInt(subsets + 1) - 1; // -1: in no subset
        }
        SubsetWasserstein.Distances d = SubsetWasserstein.of(values).distances(subsetOfRow, subsets);
        SortedSample whole = SortedSample.of(values);
        for (int s = 0; s < subsets; s++) {
            List<Double> members = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                if (subsetOfRow[i] == s && !Double.isNaN(values[i])) {
                    members.add(values[i]);
                }
            }
            assertThat(d.present()[s]).isEqualTo(members.size());
            if (members.isEmpty()) {
                assertThat(d.distance()[s]).isNaN();
                continue;
            }
            double expected = Wasserstein.distance(SortedSample.of(members.stream().mapToDouble(x -> x).toArray()),
                    whole).distance();
            assertThat(d.distance()[s]).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(expected))));
        }
    }

    /** A few subsets, as drift's chunks, or more than a byte holds (the distances keep the subsets as bytes). */
    @Provide
    Arbitrary<Integer> subsetCounts() {
        return Arbitraries.oneOf(Arbitraries.integers().between(1, 6), Arbitraries.integers().between(125, 140));
    }

    @Provide
    Arbitrary<double[]> samples() {
        Arbitrary<Double> continuous = Arbitraries.doubles().between(-1e3, 1e3);
        Arbitrary<Double> tied = Arbitraries.integers().between(-3, 3).map(i -> i * 0.5);
        Arbitrary<Double> special = Arbitraries.of(Double.NaN, -0.0, 0.0);
        return Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(6, continuous), net.jqwik.api.Tuple.of(3, tied),
                        net.jqwik.api.Tuple.of(1, special))
                .list().ofMinSize(1).ofMaxSize(3_000)
                .map(l -> l.stream().mapToDouble(Double::doubleValue).toArray());
    }

    @Test
    void aMillionRowsAgreeWithTheMerge() {
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[1_000_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = Math.exp(random.nextGaussian() * 0.75); // log-normal, as the benchmark's n10-n19
        }
        int[] subsetOfRow = new int[values.length];
        java.util.Arrays.fill(subsetOfRow, -1);
        for (int i = 0; i < 50_000; i++) {
            subsetOfRow[200_000 + i] = 0;
        }
        double actual = SubsetWasserstein.of(values).distances(subsetOfRow, 1).distance()[0];
        double expected = Wasserstein.distance(java.util.Arrays.copyOfRange(values, 200_000, 250_000), values)
                .distance();
        assertThat(actual).isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void infiniteValuesGiveWhatTheMergeGives() {
        double[] values = {1, 2, Double.POSITIVE_INFINITY, 3, 4};
        SubsetWasserstein.Distances d = SubsetWasserstein.of(values).distances(new int[] {0, 0, 0, -1, 1}, 2);
        assertThat(d.distance()[0]).isEqualTo(Wasserstein.distance(new double[] {1, 2, Double.POSITIVE_INFINITY},
                values).distance());
        assertThat(d.distance()[1]).isEqualTo(Wasserstein.distance(new double[] {4}, values).distance());
    }

    @Test
    void aSubsetBeyondTheCountIsRefused() {
        SubsetWasserstein w = SubsetWasserstein.of(new double[] {1, 2, 3});
        assertThatThrownBy(() -> w.distances(new int[] {0, 2, -1}, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a row is in subset 2 of 2");
        assertThatThrownBy(() -> w.distances(new int[] {0, 1}, 2)).hasMessageContaining("3 rows, got 2");
    }
}
