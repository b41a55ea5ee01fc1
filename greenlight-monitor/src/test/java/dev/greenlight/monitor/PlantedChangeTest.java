package dev.greenlight.monitor;

import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.Column;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Planted cases on employment_MA (US census, Massachusetts 2015): the reference file's first 30,000 rows are the
 * reference, the next 30,000 the analysis, cut into chunks of 3,000 rows; a change is planted at a known chunk.
 */
class PlantedChangeTest {
    private static final int SIZE = 3_000;
    private static final MonitorColumns COLUMNS = MonitorColumns.binary("id", "employed", "predicted_probability",
            "prediction", null).withFeatures(List.of("AGEP", "SCHL", "MAR", "SEX"));
    private static Table reference;
    private static Table analysis;

    @BeforeAll
    static void read() {
        Table all = TestData.read("employment_MA_reference");
        reference = all.select(range(0, 30_000));
        analysis = all.select(range(30_000, 60_000));
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int i = 0; i < r.length; i++) {
            r[i] = from + i;
        }
        return r;
    }

    private static MonitorOptions options() {
        return MonitorOptions.defaults().withChunking(Chunking.bySize(SIZE)).withDrift(true, false);
    }

    /** Flips a third of the labels from chunk 6 on: the model's realized performance drops there. */
    @Test
    void aPerformanceDropIsFoundAtItsChunk() {
        Column target = analysis.column("employed");
        SplittableRandom r = new SplittableRandom(7);
        List<String> flipped = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            String v = target.format(i);
            boolean flip = i >= 6 * SIZE && r.nextDouble() < 1 / 3.0;
            flipped.add(flip ? (v.equals("1") ? "0" : "1") : v);
        }
        Table planted = analysis.with(CategoricalColumn.of("employed", target.type(), flipped));
        MonitorResult result = MonitorEngine.run(reference, planted, null, COLUMNS, options());
        List<Integer> alerted = result.alerts().stream()
                .filter(a -> a.kind() == Alert.Kind.REALIZED && a.name().equals("roc_auc")).map(Alert::chunk)
                .distinct().toList();
        assertThat(alerted).containsExactly(6, 7, 8, 9);
        Change change = result.changes().stream().filter(c -> c.series().equals("realized.roc_auc")).findFirst()
                .orElseThrow();
        assertThat(change.chunk()).isEqualTo(6);
        assertThat(change.shape()).isEqualTo(Change.Shape.STEP);
        assertThat(change.shift()).isNegative();
        assertThat(result.recommendation().action()).isEqualTo(Action.RETRAIN);
        // the estimate cannot see a change of the labels alone: CBPE reads only the scores
        assertThat(result.alerts()).noneMatch(a -> a.kind() == Alert.Kind.ESTIMATED);
    }

    /** Adds 10 years to AGEP from chunk 4 on: the change-point test finds the step in its drift series there. */
    @Test
    void aStepInAFeatureIsFoundAtItsChunk() {
        double[] age = ((NumericColumn) analysis.column("AGEP")).toArray();
        for (int i = 4 * SIZE; i < age.length; i++) {
            age[i] += 10;
        }
        Table planted = analysis.with(new NumericColumn("AGEP", analysis.column("AGEP").type(), age));
        MonitorResult result = MonitorEngine.run(reference, planted, null, COLUMNS, options());
        Change change = result.changes().stream().filter(c -> c.series().equals("drift.AGEP")).findFirst()
                .orElseThrow();
        assertThat(change.chunk()).isEqualTo(4);
        assertThat(change.shape()).isEqualTo(Change.Shape.STEP);
        assertThat(change.shift()).isPositive();
        assertThat(result.driftRanking().get(0).column()).isEqualTo("AGEP");
        assertThat(result.driftRanking().get(0).alertedChunks()).isEqualTo(6);
    }

    /** With nothing planted (rows shuffled, so every chunk is alike), no series changes in 19 of 20 seeded runs. */
    @Test
    void aNullSeriesRaisesNoChangeInAtLeast95PercentOfSeededRuns() {
        Table both = TestData.read("employment_MA_reference").select(range(0, 24_000));
        int quiet = 0;
        int runs = 20;
        for (int seed = 0; seed < runs; seed++) {
            int[] order = range(0, both.rowCount());
            SplittableRandom r = new SplittableRandom(seed);
            for (int i = order.length - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            Table shuffled = both.select(order);
            MonitorResult result = MonitorEngine.run(shuffled.select(range(0, 12_000)),
                    shuffled.select(range(12_000, 24_000)), null, COLUMNS,
                    MonitorOptions.defaults().withChunking(Chunking.bySize(1_000)).withDrift(true, false)
                            .withSeed(seed));
            quiet += result.changes().isEmpty() ? 1 : 0;
        }
        assertThat(quiet).isGreaterThanOrEqualTo(19);
    }
}
