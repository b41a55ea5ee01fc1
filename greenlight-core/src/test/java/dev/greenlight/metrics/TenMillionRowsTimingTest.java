package dev.greenlight.metrics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prints how long the hot metrics take on ten million random rows. A measurement, not an assertion on time; it needs
 * about 600 MB of heap, so it runs only when asked: {@code mvn -pl greenlight-core test -Dgreenlight.timing=true
 * -Dtest=TenMillionRowsTimingTest}.
 */
@EnabledIfSystemProperty(named = "greenlight.timing", matches = "true")
class TenMillionRowsTimingTest {
    private static final int N = 10_000_000;

    @Test
    void binaryMetricsOnTenMillionRows() {
        SplittableRandom random = new SplittableRandom(7);
        int[] y = new int[N];
        double[] score = new double[N];
        for (int i = 0; i < N; i++) {
            y[i] = random.nextInt(2);
            // an informative score: positives shifted up
            score[i] = Math.min(1.0, Math.max(0.0, 0.5 * random.nextDouble() + 0.3 * y[i] + 0.1 * random.nextDouble()));
        }
        ClassificationOutcomes o = ClassificationOutcomes.binary(List.of("0", "1"), 1, y, null, score, null);
        for (int round = 0; round < 3; round++) {
            time("roc_auc", () -> RocAuc.of(o));
            time("log_loss", () -> LogLoss.of(o));
            time("confusion matrix (threshold 0.5)", () -> MetricValue.of("total", ConfusionMatrix.of(o).total(), N));
        }
    }

    @Test
    void bootstrapOfAucReusesOneSort() {
        ClassificationOutcomes o = BootstrapTest.simulated(1_000_000, 1.0, 5);
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            BootstrapResult r = Bootstrap.seeded(42).resamples(200).interval("roc_auc", o);
            long ms = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("bootstrap roc_auc, 200 resamples of 1,000,000 rows: %d ms (%s)%n", ms, r.interval());
        }
    }

    private static void time(String what, Supplier<MetricValue> metric) {
        long start = System.nanoTime();
        MetricValue v = metric.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(v.isDefined()).isTrue();
        System.out.printf("%s on %,d rows: %d ms (value %.6f, %d processors)%n", what, N, ms, v.value(),
                Runtime.getRuntime().availableProcessors());
    }
}
