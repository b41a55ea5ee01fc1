package dev.greenlight.model;

import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FallbackModelTest {
    static final Table ROWS = Table.of(NumericColumn.of("x", 1, 2, 3));

    static Model constant(double v) {
        return rows -> {
            double[] out = new double[rows.rowCount()];
            Arrays.fill(out, v);
            return Predictions.ofValues(out);
        };
    }

    static final Model FAILING = rows -> {
        throw new ModelException("model 'main' (remote, http://x): cannot connect");
    };

    static final Model STALLING = rows -> {
        try {
            Thread.sleep(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Predictions.ofValues(new double[rows.rowCount()]);
    };

    @Test
    void theFallbackStaysIdleWhileThePrimaryAnswers() {
        try (FallbackModel m = new FallbackModel("main", constant(1), Duration.ofSeconds(5), "backup", constant(2))) {
            FallbackModel.Served s = m.predictServed(ROWS);
            assertThat(s.servedBy()).isEqualTo("main");
            assertThat(s.byFallback()).isFalse();
            assertThat(s.predictions().values()).containsExactly(1, 1, 1);
        }
    }

    @Test
    void theFallbackAnswersWhenThePrimaryFails() {
        try (FallbackModel m = new FallbackModel("main", FAILING, Duration.ofSeconds(5), "backup", constant(2))) {
            FallbackModel.Served s = m.predictServed(ROWS);
            assertThat(s.servedBy()).isEqualTo("backup");
            assertThat(s.primaryFailure()).contains("cannot connect");
            assertThat(s.predictions().values()).containsExactly(2, 2, 2);
        }
    }

    @Test
    void theFallbackAnswersWhenThePrimaryTimesOut() {
        try (FallbackModel m = new FallbackModel("main", STALLING, Duration.ofMillis(200), "backup", constant(2))) {
            long t0 = System.nanoTime();
            FallbackModel.Served s = m.predictServed(ROWS);
            assertThat((System.nanoTime() - t0) / 1e9).isLessThan(5);
            assertThat(s.primaryFailure()).isEqualTo("no answer within 200 ms");
            assertThat(s.servedBy()).isEqualTo("backup");
        }
    }

    @Test
    void whenBothFailTheErrorNamesBoth() {
        try (FallbackModel m = new FallbackModel("main", FAILING, Duration.ofSeconds(1), "backup", FAILING)) {
            assertThatThrownBy(() -> m.predict(ROWS)).isInstanceOf(ModelException.class)
                    .hasMessageStartingWith("model 'main' failed (model 'main' (remote, http://x): cannot connect) "
                            + "and its fallback 'backup' failed too");
        }
    }

    @Test
    void batchScoringRecordsWhoServedEachRowAndReportsProgress() {
        Table rows = Table.of(NumericColumn.of("x", new double[10]));
        int[] calls = {0};
        Model flaky = batch -> {
            if (calls[0]++ == 1) {
                throw new ModelException("second batch fails");
            }
            return constant(1).predict(batch);
        };
        StringBuilder progress = new StringBuilder();
        try (FallbackModel m = new FallbackModel("main", flaky, Duration.ofSeconds(5), "backup", constant(2))) {
            BatchScorer.Scored s = BatchScorer.score(m, rows, 4, new Progress() {
                @Override
                public void step(String what) {
                }

                @Override
                public void advanced(String what, long done, long total) {
                    progress.append(done).append('/').append(total).append(' ');
                }

                @Override
                public void done(String what, long millis) {
                }
            });
            assertThat(s.predictions().values()).containsExactly(1, 1, 1, 1, 2, 2, 2, 2, 1, 1);
            assertThat(s.servedBy()).containsExactly("main", "main", "main", "main", "backup", "backup", "backup",
                    "backup", "main", "main");
            assertThat(s.rowsServedBy("backup")).isEqualTo(4);
            assertThat(progress.toString()).isEqualTo("4/10 8/10 10/10 ");
        }
    }

    @Test
    void batchesOfAnySizeGiveTheSamePredictions() {
        Table rows = Table.of(NumericColumn.of("x", 3, 1, 4, 1, 5, 9, 2, 6));
        Model square = batch -> {
            NumericColumn x = (NumericColumn) batch.column("x");
            double[] out = new double[batch.rowCount()];
            for (int i = 0; i < out.length; i++) {
                out[i] = x.get(i) * x.get(i);
            }
            return Predictions.ofValues(out);
        };
        double[] whole = BatchScorer.score(square, rows, 100, Progress.SILENT).predictions().values();
        assertThat(BatchScorer.score(square, rows, 3, Progress.SILENT).predictions().values())
                .containsExactly(whole).containsExactly(9, 1, 16, 1, 25, 81, 4, 36);
    }
}
