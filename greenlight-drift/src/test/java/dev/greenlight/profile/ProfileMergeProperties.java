package dev.greenlight.profile;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Profiles of the parts of a dataset merge into the profile of the whole: exact counts exactly, moments to
 * rounding, quantiles within the KLL sketch's stated rank error, distinct counts within the HLL error.
 */
class ProfileMergeProperties {

    @Property(tries = 60)
    void partsMergeIntoTheWhole(@ForAll("values") List<Double> values, @ForAll @IntRange(min = 1, max = 5) int parts,
                                @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        int n = values.size();
        double[] numbers = values.stream().mapToDouble(Double::doubleValue).toArray();
        List<String> labels = new ArrayList<>();
        for (double v : numbers) {
            labels.add(Double.isNaN(v) ? null : "c" + (int) Math.floor(Math.abs(v) % 7));
        }
        Table whole = table(numbers, labels);
        int[] cuts = new java.util.Random(seed).ints(parts - 1, 0, n + 1).sorted().toArray();
        DatasetProfile merged = null;
        int from = 0;
        for (int k = 0; k <= cuts.length; k++) {
            int to = k < cuts.length ? cuts[k] : n;
            Table part = table(Arrays.copyOfRange(numbers, from, to), labels.subList(from, to));
            DatasetProfile p = Profiler.of(part, "part " + k);
            if (merged == null) {
                merged = p;
            } else {
                merged.merge(p);
            }
            from = to;
        }
        DatasetProfile direct = Profiler.of(whole, "whole");
        assertThat(merged.rows()).isEqualTo(direct.rows());

        NumericProfile m = (NumericProfile) merged.column("x");
        NumericProfile d = (NumericProfile) direct.column("x");
        assertThat(m.count()).isEqualTo(d.count());
        assertThat(m.missing()).isEqualTo(d.missing());
        if (d.present() > 0) {
            assertThat(m.min()).isEqualTo(d.min());
            assertThat(m.max()).isEqualTo(d.max());
            assertThat(m.mean()).isCloseTo(d.mean(), org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(d.mean()))));
            assertThat(m.standardDeviation()).isCloseTo(d.standardDeviation(),
                    org.assertj.core.data.Offset.offset(1e-9 * (1 + d.standardDeviation())));
            double[] sorted = Arrays.stream(numbers).filter(v -> !Double.isNaN(v)).sorted().toArray();
            for (double rank : new double[] {0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
                double q = m.quantile(rank);
                // the true ranks of the returned value bracket the requested rank within the sketch's error
                double below = (double) countBelow(sorted, q, false) / sorted.length;
                double atOrBelow = (double) countBelow(sorted, q, true) / sorted.length;
                assertThat(rank).as("rank of merged quantile %s", rank)
                        .isBetween(below - Sketches.KLL_RANK_ERROR - 1e-12, atOrBelow + Sketches.KLL_RANK_ERROR + 1e-12);
            }
            assertThat(m.distinctEstimate()).isCloseTo(d.distinctEstimate(),
                    org.assertj.core.data.Offset.offset(4 * Sketches.HLL_RSE * d.distinctEstimate() + 1));
        }

        CategoricalProfile mc = (CategoricalProfile) merged.column("label");
        CategoricalProfile dc = (CategoricalProfile) direct.column("label");
        assertThat(mc.count()).isEqualTo(dc.count());
        assertThat(mc.missing()).isEqualTo(dc.missing());
        assertThat(mc.frequencies()).isEqualTo(dc.frequencies());
        assertThat(mc.distinctEstimate()).isEqualTo(dc.distinctEstimate());
    }

    @Provide
    Arbitrary<List<Double>> values() {
        Arbitrary<Double> v = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(20, Arbitraries.doubles().between(-1e6, 1e6)),
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(-5, 5).map(Integer::doubleValue)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Double.NaN)));
        return v.list().ofMinSize(0).ofMaxSize(3_000);
    }

    private static long countBelow(double[] sorted, double x, boolean inclusive) {
        long c = 0;
        for (double v : sorted) {
            if (v < x || (inclusive && v == x)) {
                c++;
            }
        }
        return c;
    }

    private static Table table(double[] numbers, List<String> labels) {
        return Table.of(new NumericColumn("x", ColumnType.NUMERIC, numbers),
                CategoricalColumn.of("label", ColumnType.CATEGORICAL, labels));
    }
}
