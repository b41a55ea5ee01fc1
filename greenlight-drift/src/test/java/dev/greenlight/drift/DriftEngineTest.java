package dev.greenlight.drift;

import dev.greenlight.error.GreenlightException;
import dev.greenlight.profile.Profiler;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.time.Window;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DriftEngineTest {
    private static final DriftOptions PLAIN = DriftOptions.defaults().withMultivariate(false);

    private static Table normal(SplittableRandom r, int rows, double shift) {
        double[] x = new double[rows];
        double[] y = new double[rows];
        String[] c = new String[rows];
        for (int i = 0; i < rows; i++) {
            x[i] = FalseAlarmAndPowerTest.gaussian(r) + shift;
            y[i] = FalseAlarmAndPowerTest.gaussian(r);
            c[i] = r.nextDouble() < 0.3 + shift / 2 ? "a" : r.nextDouble() < 0.5 ? "b" : "c";
        }
        return Table.of(NumericColumn.of("x", x), NumericColumn.of("y", y), CategoricalColumn.of("c", c));
    }

    @Test
    void automaticChoiceIsAHypothesisTestAtEverySizeJudgedWithTheReferencesChunks() {
        SplittableRandom r = new SplittableRandom(1);
        DriftReport small = DriftEngine.compare(normal(r, 500, 0), normal(r, 500, 0), PLAIN);
        assertThat(small.columns()).extracting(ColumnDrift::test).containsExactly("ks", "ks", "chi2");
        DriftReport big = DriftEngine.compare(normal(r, 5_000, 0.5), normal(r, 5_000, 0), PLAIN);
        assertThat(big.columns()).extracting(ColumnDrift::test).containsExactly("ks", "ks", "chi2");
        assertThat(big.columns().get(0).drift()).isTrue();
        assertThat(big.columns().get(1).drift()).isFalse();
        assertThat(big.columns().get(0).pValue()).isLessThan(1e-50);
        EffectThreshold e = big.columns().get(0).effectThreshold();
        assertThat(e.source()).isEqualTo("reference chunks");
        assertThat(e.chunks()).isEqualTo(10);
        assertThat(e.chunkSize()).isEqualTo(500);
        // the mean W/sd between two unchanged samples of 5,000 normal values is about 0.8 sqrt(2/5000) = 0.016
        assertThat(e.value()).isBetween(0.005, 0.04);
        assertThat(big.columns().get(0).effectSize()).isGreaterThan(e.value());
        assertThat(big.dataset().columns()).isEqualTo(3);
    }

    @Test
    void aSignificantChangeNoLargerThanTheReferencesOwnVariationIsNotDrift() {
        // the reference drifts slowly over its rows (a season); the current data sits within that range
        SplittableRandom r = new SplittableRandom(11);
        int rows = 20_000;
        double[] ref = new double[rows];
        for (int i = 0; i < rows; i++) {
            ref[i] = FalseAlarmAndPowerTest.gaussian(r) + 0.3 * Math.sin(2 * Math.PI * i / rows);
        }
        double[] cur = new double[rows];
        for (int i = 0; i < rows; i++) {
            cur[i] = FalseAlarmAndPowerTest.gaussian(r) + 0.15;
        }
        Table reference = Table.of(NumericColumn.of("x", ref));
        Table current = Table.of(NumericColumn.of("x", cur));
        ColumnDrift byDefault = DriftEngine.compare(reference, current, PLAIN).columns().get(0);
        ColumnDrift byPValue = DriftEngine.compare(reference, current, PLAIN.withThreshold(0.05)).columns().get(0);
        assertThat(byPValue.drift()).isTrue();
        assertThat(byDefault.adjustedPValue()).isLessThan(0.05);
        assertThat(byDefault.effectSize()).isLessThan(byDefault.effectThreshold().value());
        assertThat(byDefault.drift()).isFalse();
        assertThat(byPValue.effectThreshold()).isNull();
        ColumnDrift withMinimum = DriftEngine.compare(reference, Table.of(NumericColumn.of("x", shifted(cur, 0.5))),
                PLAIN.withMinimumEffect(1.0)).columns().get(0);
        assertThat(withMinimum.effectThreshold().source()).isEqualTo("minimum effect");
        assertThat(withMinimum.drift()).isFalse();
    }

    private static double[] shifted(double[] v, double by) {
        double[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += by;
        }
        return out;
    }

    @Test
    void forcedTestAppliesToTheColumnsItAccepts() {
        SplittableRandom r = new SplittableRandom(2);
        DriftReport rep = DriftEngine.compare(normal(r, 300, 0), normal(r, 300, 0), PLAIN.withTest("cvm"));
        assertThat(rep.columns()).extracting(ColumnDrift::name).containsExactly("x", "y");
        assertThat(rep.notes()).anyMatch(n -> n.contains("column 'c' not compared: it is categorical"));
        assertThatThrownBy(() -> DriftEngine.compare(normal(r, 30, 0), normal(r, 30, 0),
                PLAIN.withColumnTests(Map.of("c", "ks")))).hasMessage("column 'c' cannot use test 'ks': it is "
                + "categorical and test 'ks' takes [numeric] columns");
    }

    @Test
    void unknownTestListsTheValidOnes() {
        assertThatThrownBy(() -> PLAIN.withTest("kss")).isInstanceOf(GreenlightException.class)
                .hasMessage("unknown drift test 'kss' (did you mean 'ks'?); expected one of ks, chi2, z, "
                        + "wasserstein, psi, js, anderson, cvm, linf, cramer_v, hellinger, tvd, energy, fisher, mmd");
    }

    @Test
    void badInputIsRejectedPrecisely() {
        Table a = Table.of(NumericColumn.of("x", 1, 2, 3));
        Table b = Table.of(NumericColumn.of("z", 1, 2, 3));
        assertThatThrownBy(() -> DriftEngine.compare(a, b, PLAIN)).hasMessage("the reference and the current data "
                + "have no column in common (reference: x; current data: z)");
        Table cat = Table.of(CategoricalColumn.of("x", "a", "b", "c"));
        assertThatThrownBy(() -> DriftEngine.compare(a, cat, PLAIN)).hasMessage("column 'x' is numeric in the "
                + "reference but categorical in the current data; a column must have one type in both to be "
                + "compared (declare its type, or fix the data)");
        Table empty = Table.of(NumericColumn.of("x", Double.NaN, Double.NaN));
        assertThatThrownBy(() -> DriftEngine.compare(a, empty, PLAIN)).hasMessage("column 'x' has no value in the "
                + "current data (all 2 rows are missing); leave it out with --columns, or fix the data");
    }

    @Test
    void profilesGiveTheRawAnswerWithinTheStatedBound() {
        SplittableRandom r = new SplittableRandom(3);
        Table ref = normal(r, 50_000, 0);
        Table cur = normal(r, 50_000, 0.2);
        DriftOptions ks = PLAIN.withTest("ks");
        DriftReport raw = DriftEngine.compare(ref, cur, ks);
        DriftReport sketched = DriftEngine.compare(DriftInput.of(Profiler.of(ref, "r"), "reference profile"),
                DriftInput.of(Profiler.of(cur, "c"), "current profile"), ks);
        assertThat(sketched.dataset().approximate()).isTrue();
        double bound = sketched.dataset().rankErrorBound();
        assertThat(bound).isBetween(0.0, 0.04);
        for (int i = 0; i < 2; i++) {
            assertThat(sketched.columns().get(i).statistic())
                    .isCloseTo(raw.columns().get(i).statistic(), org.assertj.core.data.Offset.offset(bound));
        }
        // The decision is the raw one where the raw statistic is clear of the test's critical value by more than the
        // bound: x (shifted 0.2 sd) is, by far; 0.02 is over twice the two-sample KS critical value at 0.05 for
        // 50,000 a side (1.36 sqrt(2 / 50,000) = 0.0086). y is not shifted, but its raw statistic (0.0077, p = 0.10)
        // lies within the bound of that value, so a profile may decide it either way: the sketches' compaction is
        // random (KLL), and 3 of 200 profilings of these data called it drifted. Only its statistic is bound.
        assertThat(raw.columns().get(0).statistic()).isGreaterThan(bound + 0.02);
        assertThat(sketched.columns().get(0).drift()).isEqualTo(raw.columns().get(0).drift()).isTrue();
        DriftReport w = DriftEngine.compare(DriftInput.of(Profiler.of(ref, "r"), "reference profile"),
                DriftInput.of(cur, "current data"), PLAIN.withTest("wasserstein"));
        assertThat(w.columns().get(0).statistic()).isCloseTo(0.2, org.assertj.core.data.Offset.offset(0.03));
        assertThatThrownBy(() -> DriftEngine.compare(DriftInput.of(Profiler.of(ref, "r"), "reference profile"),
                DriftInput.of(cur, "current data"), PLAIN.withTest("anderson"))).hasMessage("test 'anderson' needs "
                + "the raw values, but the reference profile is a profile; use ks, wasserstein, psi or js with "
                + "profiles");
    }

    @Test
    void labelsAndPredictionsAreReportedWithTheirRole() {
        SplittableRandom r = new SplittableRandom(4);
        DriftReport rep = DriftEngine.compare(normal(r, 200, 0), normal(r, 200, 0),
                PLAIN.withRoles(java.util.Set.of("c"), java.util.Set.of("y")));
        assertThat(rep.ofRole(ColumnRole.LABEL)).extracting(ColumnDrift::name).containsExactly("c");
        assertThat(rep.ofRole(ColumnRole.PREDICTION)).extracting(ColumnDrift::name).containsExactly("y");
    }

    @Test
    void driftPerWindow() {
        SplittableRandom r = new SplittableRandom(5);
        Table ref = normal(r, 2_000, 0);
        int rows = 3 * 400;
        double[] x = new double[rows];
        double[] ts = new double[rows];
        for (int i = 0; i < rows; i++) {
            int day = i / 400;
            x[i] = FalseAlarmAndPowerTest.gaussian(r) + (day == 2 ? 1.0 : 0);
            ts[i] = 1_700_000_000 + day * 86_400.0 + (i % 400);
        }
        Table cur = Table.of(NumericColumn.of("x", x), new NumericColumn("ts", ColumnType.DATETIME, ts));
        List<WindowDrift> windows = WindowedDrift.compare(ref, cur, "ts", Window.parse("day"), PLAIN);
        assertThat(windows).hasSize(3);
        assertThat(windows).extracting(w -> w.report().columns().get(0).drift()).containsExactly(false, false, true);
        assertThat(windows.get(0).start()).hasToString("2023-11-14");
        assertThat(windows.get(0).rows()).isEqualTo(400);
    }
}
