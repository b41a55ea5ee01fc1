package dev.greenlight.metrics;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Invariants every implementation of these definitions must keep, on random small data with many ties. */
class MetricPropertiesTest {
    private static final List<String> LABELS = List.of("0", "1");
    private static final List<String> BINARY_METRICS = List.of("accuracy", "balanced_accuracy", "precision", "recall",
            "f1", "f1_macro", "f1_weighted", "precision_micro", "roc_auc", "average_precision", "log_loss",
            "brier_score", "matthews_corrcoef", "cohen_kappa", "ece");
    private static final List<String> REGRESSION_METRICS = List.of("mse", "rmse", "mae", "r2", "explained_variance",
            "mape", "smape", "max_error");

    /** Labels, scores on a 0.1 grid (so ties are common), integer weights 0..3 and a seed for shuffling. */
    record Binary(int[] y, double[] score, int[] weight, long seed) {
        ClassificationOutcomes outcomes(double[] scores, double[] weights) {
            return ClassificationOutcomes.binary(LABELS, 1, y, null, scores, weights);
        }

        ClassificationOutcomes unweighted() {
            return outcomes(score, null);
        }

        boolean bothClasses() {
            int pos = 0;
            for (int v : y) {
                pos += v;
            }
            return pos > 0 && pos < y.length;
        }
    }

    @Provide
    Arbitrary<Binary> binary() {
        return Arbitraries.integers().between(2, 50).flatMap(n -> Combinators.combine(
                Arbitraries.integers().between(0, 1).array(int[].class).ofSize(n),
                Arbitraries.integers().between(0, 10).map(i -> i / 10.0).array(double[].class).ofSize(n),
                Arbitraries.integers().between(0, 3).array(int[].class).ofSize(n),
                Arbitraries.longs()).as(Binary::new));
    }

    @Property
    void reversingTheScoresGivesOneMinusTheAuc(@ForAll("binary") Binary b) {
        if (!b.bothClasses()) {
            return;
        }
        double[] reversed = new double[b.score().length];
        for (int i = 0; i < reversed.length; i++) {
            reversed[i] = -b.score()[i];
        }
        double auc = RocAuc.of(b.unweighted()).value();
        assertThat(RocAuc.of(b.outcomes(reversed, null)).value()).isCloseTo(1.0 - auc, within(1e-12));
    }

    @Property
    void aucIsThePairwiseProbabilityWithHalfTies(@ForAll("binary") Binary b) {
        if (!b.bothClasses()) {
            return;
        }
        double wins = 0;
        double pairs = 0;
        for (int i = 0; i < b.y().length; i++) {
            for (int j = 0; j < b.y().length; j++) {
                if (b.y()[i] == 1 && b.y()[j] == 0) {
                    double w = (double) b.weight()[i] * b.weight()[j];
                    pairs += w;
                    wins += w * (b.score()[i] > b.score()[j] ? 1 : b.score()[i] == b.score()[j] ? 0.5 : 0);
                }
            }
        }
        MetricValue auc = RocAuc.of(b.outcomes(b.score(), toDoubles(b.weight())));
        if (pairs == 0) {
            assertThat(auc.isDefined()).isFalse();
        } else {
            assertThat(auc.value()).isCloseTo(wins / pairs, within(1e-12));
        }
    }

    @Property
    void binaryMetricsDoNotDependOnRowOrder(@ForAll("binary") Binary b) {
        int[] perm = permutation(b.y().length, b.seed());
        ClassificationOutcomes o = b.outcomes(b.score(), toDoubles(b.weight()));
        ClassificationOutcomes shuffled = o.select(perm);
        for (String metric : BINARY_METRICS) {
            assertSame(metric, MetricCatalog.compute(Task.BINARY, metric, o),
                    MetricCatalog.compute(Task.BINARY, metric, shuffled));
        }
    }

    @Property
    void anIntegerWeightEqualsRepeatingTheRow(@ForAll("binary") Binary b) {
        ClassificationOutcomes weighted = b.outcomes(b.score(), toDoubles(b.weight()));
        ClassificationOutcomes repeated = b.unweighted().select(Resampler.expand(b.weight()));
        for (String metric : BINARY_METRICS) {
            assertSame(metric, MetricCatalog.compute(Task.BINARY, metric, weighted),
                    MetricCatalog.compute(Task.BINARY, metric, repeated));
        }
    }

    /** Regression targets and predictions on a coarse grid (ties, zeros), integer weights 0..3. */
    record Regression(double[] y, double[] yHat, int[] weight, long seed) {
    }

    @Provide
    Arbitrary<Regression> regression() {
        Arbitrary<Double> value = Arbitraries.integers().between(-20, 20).map(i -> i / 4.0);
        return Arbitraries.integers().between(2, 40).flatMap(n -> Combinators.combine(
                value.array(double[].class).ofSize(n), value.array(double[].class).ofSize(n),
                Arbitraries.integers().between(0, 3).array(int[].class).ofSize(n),
                Arbitraries.longs()).as(Regression::new));
    }

    @Property
    void regressionMetricsDoNotDependOnRowOrderAndWeightsRepeatRows(@ForAll("regression") Regression r) {
        RegressionOutcomes weighted = new RegressionOutcomes(r.y(), r.yHat(), toDoubles(r.weight()));
        RegressionOutcomes shuffled = weighted.select(permutation(r.y().length, r.seed()));
        RegressionOutcomes repeated = RegressionOutcomes.of(r.y(), r.yHat()).select(Resampler.expand(r.weight()));
        for (String metric : REGRESSION_METRICS) {
            MetricValue w = MetricCatalog.compute(Task.REGRESSION, metric, weighted);
            assertSame(metric, w, MetricCatalog.compute(Task.REGRESSION, metric, shuffled));
            // max_error ignores weights, so dropping a zero-weight row can change it; and R² needs two rows (not two
            // units of weight), as scikit-learn's check counts rows
            boolean comparable = !metric.equals("max_error") && !(metric.equals("r2") && repeated.size() < 2);
            if (comparable) {
                assertSame(metric, w, MetricCatalog.compute(Task.REGRESSION, metric, repeated));
            }
        }
    }

    @Property
    void rangesOfBoundedMetrics(@ForAll("binary") Binary b) {
        ClassificationOutcomes o = b.outcomes(b.score(), toDoubles(b.weight()));
        for (String metric : List.of("accuracy", "f1", "roc_auc", "average_precision", "brier_score", "ece")) {
            MetricValue v = MetricCatalog.compute(Task.BINARY, metric, o);
            if (v.isDefined()) {
                assertThat(v.value()).as(metric).isBetween(0.0, 1.0);
            }
        }
        MetricValue mcc = MetricCatalog.compute(Task.BINARY, "matthews_corrcoef", o);
        if (mcc.isDefined()) {
            assertThat(mcc.value()).isBetween(-1.0 - 1e-12, 1.0 + 1e-12);
        }
    }

    @Property
    void theRadixSortOrdersStablyLikeAComparisonSort(@ForAll("binary") Binary b) {
        double[] keys = b.score().clone();
        keys[0] = -0.0; // -0.0 sorts as 0.0
        ScoreOrder order = ScoreOrder.of(keys);
        for (int k = 1; k < keys.length; k++) {
            double prev = order.score(k - 1);
            double cur = order.score(k);
            assertThat(prev).isLessThanOrEqualTo(cur);
            if (prev == cur) {
                assertThat(order.row(k - 1)).isLessThan(order.row(k));
            }
            assertThat(keys[order.row(k)]).isEqualTo(cur);
        }
    }

    private static void assertSame(String metric, MetricValue expected, MetricValue actual) {
        assertThat(actual.isDefined()).as(metric + " defined: " + expected + " vs " + actual)
                .isEqualTo(expected.isDefined());
        if (expected.isDefined()) {
            assertThat(actual.value()).as(metric).isCloseTo(expected.value(),
                    within(1e-12 + 1e-9 * Math.abs(expected.value())));
        }
    }

    static int[] permutation(int n, long seed) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }

    static double[] toDoubles(int[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }
}
