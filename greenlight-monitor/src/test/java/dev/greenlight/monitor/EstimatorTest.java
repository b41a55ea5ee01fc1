package dev.greenlight.monitor;

import dev.greenlight.metrics.Task;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** CBPE for multiclass and DLE for regression on seeded data where the truth is known. */
class EstimatorTest {

    /** Calibrated three-class probabilities and labels drawn from them: CBPE's estimates match the realized. */
    @Test
    void multiclassCbpeTracksRealizedPerformance() {
        Table ref = multiclass(6_000, 1, 0);
        Table ana = multiclass(3_000, 2, 0);
        MonitorColumns cols = new MonitorColumns(Task.MULTICLASS, null, "y", null, "p_", "pred", null, null,
                List.of("x"), null);
        MonitorResult r = MonitorEngine.run(ref, ana, null, cols, MonitorOptions.defaults()
                .withChunking(Chunking.bySize(1_000)).withDrift(true, false));
        assertThat(r.estimator()).isEqualTo("CBPE");
        for (ChunkResult c : r.chunks(Period.ANALYSIS)) {
            for (String m : List.of("roc_auc", "accuracy", "f1_macro")) {
                ChunkResult.Estimated e = c.estimated().get(m);
                assertThat(e.value()).as(c.describe() + " " + m)
                        .isCloseTo(c.realized().get(m).value(), within(4 * e.samplingError() + 0.01));
                assertThat(e.samplingError()).isBetween(0.001, 0.05);
            }
        }
    }

    /**
     * Noise that grows with x: DLE's estimated MAE rises where the analysis holds larger x (within the reference's
     * range: a tree model, like NannyML's LightGBM, does not extrapolate beyond it).
     */
    @Test
    void dleFollowsTheErrorWhereTheInputsMove() {
        Table ref = regression(6_000, 1, 0);
        Table shifted = regression(3_000, 2, 1.2);
        MonitorColumns cols = new MonitorColumns(Task.REGRESSION, null, "y", null, null, "yhat", null, null,
                List.of("x"), null);
        FittedReference f = MonitorEngine.fit(ref, cols, MonitorOptions.defaults().withChunking(Chunking.bySize(1_000))
                .withDrift(false, false));
        assertThat(f.estimator()).isEqualTo("DLE");
        MonitorResult r = f.analyse(shifted);
        double refMae = f.referenceChunks().get(0).realized().get("mae").value();
        for (ChunkResult c : r.chunks(Period.ANALYSIS)) {
            double est = c.estimated().get("mae").value();
            double real = c.realized().get("mae").value();
            assertThat(est).isGreaterThan(refMae * 1.3);
            assertThat(est).isCloseTo(real, within(0.15 * real));
            assertThat(c.estimated().get("rmse").value()).isCloseTo(c.realized().get("rmse").value(),
                    within(0.15 * c.realized().get("rmse").value()));
        }
        assertThat(r.alerts()).anyMatch(a -> a.kind() == Alert.Kind.ESTIMATED && a.name().equals("mae"));
    }

    private static Table multiclass(int n, long seed, double shift) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[][] p = new double[3][n];
        List<String> y = new ArrayList<>();
        List<String> pred = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            x[i] = r.nextGaussian() + shift;
            double[] logit = {x[i], 0, -x[i]};
            double sum = 0;
            for (int k = 0; k < 3; k++) {
                logit[k] = Math.exp(2 * logit[k] + 0.5 * r.nextGaussian());
                sum += logit[k];
            }
            double u = r.nextDouble();
            int cls = 2;
            double acc = 0;
            int best = 0;
            for (int k = 0; k < 3; k++) {
                p[k][i] = logit[k] / sum;
                best = p[k][i] > p[best][i] ? k : best;
            }
            for (int k = 0; k < 3; k++) {
                acc += p[k][i];
                if (u < acc) {
                    cls = k;
                    break;
                }
            }
            y.add(String.valueOf((char) ('a' + cls)));
            pred.add(String.valueOf((char) ('a' + best)));
        }
        return Table.of(NumericColumn.of("x", x), CategoricalColumn.of("y", dev.greenlight.table.ColumnType.CATEGORICAL,
                y), CategoricalColumn.of("pred", dev.greenlight.table.ColumnType.CATEGORICAL, pred),
                NumericColumn.of("p_a", p[0]), NumericColumn.of("p_b", p[1]), NumericColumn.of("p_c", p[2]));
    }

    private static Table regression(int n, long seed, double low) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] yhat = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = low + r.nextDouble() * (2 - low);
            yhat[i] = 3 * x[i];
            y[i] = yhat[i] + (0.2 + x[i]) * r.nextGaussian();
        }
        return Table.of(NumericColumn.of("x", x), NumericColumn.of("y", y), NumericColumn.of("yhat", yhat));
    }
}
