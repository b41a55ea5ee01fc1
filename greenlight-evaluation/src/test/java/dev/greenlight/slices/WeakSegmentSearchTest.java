package dev.greenlight.slices;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.oracle.Oracle;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class WeakSegmentSearchTest {

    private static final List<String> LABELS = List.of("0", "1");

    /** Predictions equal to the truth except for errors drawn at {@code rate(i)} per row. */
    private static ClassificationOutcomes withErrors(int[] truth, double[] rate, Random r) {
        int[] pred = new int[truth.length];
        for (int i = 0; i < truth.length; i++) {
            pred[i] = r.nextDouble() < rate[i] ? 1 - truth[i] : truth[i];
        }
        return ClassificationOutcomes.binary(LABELS, 1, truth, pred, null, null);
    }

    @Test
    void findsAWeakSegmentPlantedInTheBreastCancerData() {
        String[] names = {"mean radius", "mean texture", "worst area", "mean smoothness", "target"};
        double[][] cols = Oracle.readNumericColumns("data/breast_cancer.csv", names);
        int n = cols[0].length;
        int[] truth = new int[n];
        double[] rate = new double[n];
        for (int i = 0; i < n; i++) {
            truth[i] = (int) cols[4][i];
            // the planted weak segment: large tumours are misclassified 45% of the time, the rest 5%
            rate[i] = cols[0][i] > 17 ? 0.45 : 0.05;
        }
        ClassificationOutcomes o = withErrors(truth, rate, new Random(11));
        Map<String, Column> features = new LinkedHashMap<>();
        for (int f = 0; f < 4; f++) {
            features.put(names[f], NumericColumn.of(names[f], cols[f]));
        }
        List<Segment> segments = WeakSegmentSearch.search(o, features, IntStream.range(0, n).toArray(),
                WeakSegmentSearch.Options.defaults(n));
        Segment top = segments.get(0);
        assertThat(top.weak()).as(top.description()).isTrue();
        assertThat(top.conditions()).anyMatch(c -> c.startsWith("mean radius ") || c.startsWith("worst area "));
        assertThat(top.value()).isLessThan(top.restValue());
        assertThat(top.metric()).isEqualTo("accuracy");
        assertThat(top.description()).matches(".*: accuracy 0\\.[0-9]+ vs 0\\.[0-9]+ elsewhere, n = [0-9]+");
    }

    @Test
    void reportsNoWeakSegmentOnDataWithoutOneInMostSeededRuns() {
        int runs = 100;
        int clean = 0;
        for (int seed = 0; seed < runs; seed++) {
            Random r = new Random(1000 + seed);
            int n = 1000;
            int[] truth = new int[n];
            double[] rate = new double[n];
            double[] a = new double[n];
            double[] b = new double[n];
            List<String> c = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                truth[i] = r.nextInt(2);
                rate[i] = 0.2;
                a[i] = r.nextGaussian();
                b[i] = r.nextDouble() * 100;
                c.add("k" + r.nextInt(4));
            }
            ClassificationOutcomes o = withErrors(truth, rate, r);
            Map<String, Column> features = new LinkedHashMap<>();
            features.put("a", NumericColumn.of("a", a));
            features.put("b", NumericColumn.of("b", b));
            features.put("c", CategoricalColumn.of("c", ColumnType.CATEGORICAL, c));
            boolean anyWeak = WeakSegmentSearch.search(o, features, IntStream.range(0, n).toArray(),
                    WeakSegmentSearch.Options.defaults(n)).stream().anyMatch(Segment::weak);
            if (!anyWeak) {
                clean++;
            }
        }
        System.out.printf("weak-segment search on data without a weak segment: %d of %d runs report none%n", clean,
                runs);
        // Benjamini-Hochberg at 0.05 keeps the chance of any discovery under the global null near 5%
        assertThat(clean).as("runs without a reported weak segment: %d of %d", clean, runs)
                .isGreaterThanOrEqualTo(90);
    }

    @Test
    void regressionSlicesCompareAbsoluteErrors() {
        Random r = new Random(5);
        int n = 600;
        double[] x = new double[n];
        double[] truth = new double[n];
        double[] pred = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = r.nextDouble() * 10;
            truth[i] = 3 * x[i];
            pred[i] = truth[i] + r.nextGaussian() * (x[i] < 2 ? 6 : 1);
        }
        List<Segment> segments = WeakSegmentSearch.search(RegressionOutcomes.of(truth, pred),
                Map.of("x", NumericColumn.of("x", x)), IntStream.range(0, n).toArray(),
                WeakSegmentSearch.Options.defaults(n));
        assertThat(segments.get(0).weak()).isTrue();
        assertThat(segments.get(0).metric()).isEqualTo("mae");
        assertThat(segments.get(0).conditions().get(0)).startsWith("x 0");
        assertThat(segments.get(0).value()).isGreaterThan(segments.get(0).restValue());
    }

    @Test
    void slicesSmallerThanTheMinimumAreNotTested() {
        int[] truth = new int[100];
        double[] rate = new double[100];
        List<String> c = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            truth[i] = i % 2;
            rate[i] = i < 10 ? 1.0 : 0.0;
            c.add(i < 10 ? "rare" : "common");
        }
        ClassificationOutcomes o = withErrors(truth, rate, new Random(1));
        List<Segment> segments = WeakSegmentSearch.search(o,
                Map.of("c", CategoricalColumn.of("c", ColumnType.CATEGORICAL, c)),
                IntStream.range(0, 100).toArray(), WeakSegmentSearch.Options.defaults(100));
        assertThat(segments).isEmpty();
    }
}
