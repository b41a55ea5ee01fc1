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
    void automaticChoiceFollowsTypeAndSize() {
        SplittableRandom r = new SplittableRandom(1);
        DriftReport small = DriftEngine.compare(normal(r, 500, 0), normal(r, 500, 0), PLAIN);
        assertThat(small.columns()).extracting(ColumnDrift::test).containsExactly("ks", "ks", "chi2");
        DriftReport big = DriftEngine.compare(normal(r, 5_000, 0.5), normal(r, 5_000, 0), PLAIN);
        assertThat(big.columns()).extracting(ColumnDrift::test).containsExactly("wasserstein", "wasserstein", "js");
        assertThat(big.columns().get(0).drift()).isTrue();
        assertThat(big.columns().get(1).drift()).isFalse();
        assertThat(big.columns().get(0).pValue()).isNaN();
        assertThat(big.dataset().columns()).isEqualTo(3);
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
                        + "wasserstein, psi, js, anderson, cvm, linf, cramer_v");
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
            assertThat(sketched.columns().get(i).drift()).isEqualTo(raw.columns().get(i).drift());
        }
        DriftReport w = DriftEngine.compare(DriftInput.of(Profiler.of(ref, "r"), "reference profile"),
                DriftInput.of(cur, "current data"), PLAIN);
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

    @Test
    void jsonHasExactlyTheDocumentedShape() throws Exception {
        SplittableRandom r = new SplittableRandom(6);
        DriftReport rep = DriftEngine.compare(normal(r, 2_000, 0.3), normal(r, 2_000, 0), DriftOptions.defaults());
        var tree = new com.fasterxml.jackson.databind.ObjectMapper().readTree(DriftJson.write(rep));
        List<String> top = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(top::add);
        assertThat(top).containsExactly("columns", "dataset_drift", "multivariate");
        List<String> fields = new java.util.ArrayList<>();
        tree.get("columns").get(0).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("name", "type", "test", "statistic", "p_value", "effect_size",
                "threshold", "drift", "n_reference", "n_current");
        assertThat(tree.get("columns").get(0).get("p_value").isNull()).isTrue();
        assertThat(tree.get("multivariate").get("domain_classifier").get("drift").asBoolean()).isTrue();
        assertThat(tree.get("multivariate").get("domain_classifier").get("top_features").get(0).get("name")
                .asText()).isEqualTo("x");
    }
}
