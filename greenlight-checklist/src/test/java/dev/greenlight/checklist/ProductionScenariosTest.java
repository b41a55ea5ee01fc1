package dev.greenlight.checklist;

import dev.greenlight.checklist.benchmark.BenchmarkCheck;
import dev.greenlight.checklist.data.DatasetPreparer;
import dev.greenlight.checklist.metrics.MetricsDefinitionCheck;
import dev.greenlight.checklist.plan.ResponsibleAiCheck;
import dev.greenlight.config.ConfigLoader;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist's four ways a metric misleads in production, each reproduced with synthetic data that Greenlight
 * flags, and the same setting on clean data that passes.
 */
class ProductionScenariosTest {

    @TempDir
    Path dir;

    private CheckResult run(Check check, String config, String train, String test) throws IOException {
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
        Files.writeString(dir.resolve("greenlight.yaml"), config + Fixture.PLAN);
        GreenlightConfig cfg = ConfigLoader.load(dir.resolve("greenlight.yaml"));
        return check.run(new CheckContext(cfg, DatasetPreparer.prepare(cfg, Progress.SILENT),
                LocalDate.of(2026, 11, 29), Progress.SILENT));
    }

    // --- 1. a yearly RMSE against a monthly one -------------------------------------------------------------------

    /** A year of daily forecasts, 40 per day; in {@code badMonth} (0 for none) the errors are 6 times larger. */
    private static String forecast(long seed, int badMonth) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("day,x,y,yhat\n");
        LocalDate start = LocalDate.of(2025, 1, 1);
        for (int d = 0; d < 365; d++) {
            LocalDate day = start.plusDays(d);
            for (int k = 0; k < 40; k++) {
                double x = r.nextGaussian();
                double y = 10 + 3 * x;
                double noise = day.getMonthValue() == badMonth ? 6 : 1;
                b.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f%n", day, x, y, y + noise * r.nextGaussian()));
            }
        }
        return b.toString();
    }

    private static final String FORECAST = """
            version: 1
            model: {name: demand}
            task: forecast
            target: y
            prediction: {value: yhat}
            columns: {timestamp: day}
            datasets: {train: train.csv, test: test.csv}
            metrics: {primary: rmse, scoring_window: 1m, aggregation: row, sampling: none}
            goals: [{metric: rmse, max: 2.5, hard: true}]
            """;

    @Test
    void aMonthlyMetricBelowTheHardLimitIsFlaggedWhileTheYearlyOneMeetsIt() throws IOException {
        CheckResult r = run(new MetricsDefinitionCheck(), FORECAST, forecast(1, 0), forecast(2, 7));
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.FAIL);
        assertThat(r.conditions("windows-meet-hard-limits")).extracting(ConditionResult::message).anyMatch(f ->
                f.startsWith("1 of 12 1m windows of the test data miss the hard "
                + "limit rmse <= 2.5: 2025-07-01") && f.contains("although the whole period's rmse is"));
        assertThat(r.tables()).anyMatch(t -> t.title().equals("rmse per 1m window (test)") && t.rows().size() == 12);
        assertThat(r.charts()).anyMatch(c -> c.title().equals("rmse per 1m window (test)"));
    }

    @Test
    void steadyMonthlyErrorsPass() throws IOException {
        CheckResult r = run(new MetricsDefinitionCheck(), FORECAST.replace("max: 2.5", "max: 1.5"), forecast(1, 0),
                forecast(2, 0));
        assertThat(r.status()).as(r.summary() + r.findings()).isEqualTo(Status.PASS);
    }

    // --- 2. 80% accuracy overall, 55% for one age group -----------------------------------------------------------

    /** People aged 18-80; errors at {@code youngErrorRate} for ages 20-30, 15% elsewhere. */
    private static String people(long seed, double youngErrorRate) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("age,income,region,y,pred,score\n");
        for (int i = 0; i < 2000; i++) {
            int age = 18 + r.nextInt(63);
            int y = r.nextInt(2);
            boolean wrong = r.nextDouble() < (age >= 20 && age <= 30 ? youngErrorRate : 0.15);
            int p = wrong ? 1 - y : y;
            b.append(String.format(Locale.ROOT, "%d,%.0f,%s,%d,%d,%.2f%n", age, 20000 + 50000 * r.nextDouble(),
                    "r" + r.nextInt(3), y, p, p == 1 ? 0.8 : 0.2));
        }
        return b.toString();
    }

    private static final String PEOPLE = """
            version: 1
            model: {name: approvals}
            task: binary
            target: y
            prediction: {label: pred, score: score}
            datasets: {train: train.csv, test: test.csv}
            split: {method: random, seed: 1}
            slices: [age, region]
            metrics: {primary: accuracy, scoring_window: none, aggregation: row, sampling: none}
            """;

    @Test
    void anAgeGroupFarBelowTheOverallAccuracyIsFoundAndNamed() throws IOException {
        CheckResult r = run(new BenchmarkCheck(), PEOPLE, people(1, 0.45), people(2, 0.45));
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.WARN);
        assertThat(r.conditions("no-weak-segment")).singleElement().satisfies(c -> assertThat(c.message())
                .contains("weak segment(s) on test, the worst: age "));
        assertThat(r.tables()).anyMatch(t -> t.title().equals("Test accuracy by age") && t.rows().size() == 4);
        assertThat(r.tables()).anyMatch(t -> t.title().equals("Test accuracy by age & region"));
    }

    @Test
    void evenErrorsAcrossAgesPass() throws IOException {
        CheckResult r = run(new BenchmarkCheck(), PEOPLE, people(1, 0.15), people(2, 0.15));
        assertThat(r.status()).as(r.summary() + r.findings()).isEqualTo(Status.PASS);
    }

    @Test
    void anAgeGroupTheModelSelectsLessOftenFailsTheFairnessLimitsWhenHard() throws IOException {
        // approvals: people aged 20-30 are approved far less often at equal merit
        Random r = new Random(9);
        StringBuilder b = new StringBuilder("age,income,y,pred,score\n");
        for (int i = 0; i < 3000; i++) {
            int age = 18 + r.nextInt(63);
            int y = r.nextInt(2);
            boolean young = age >= 20 && age <= 30;
            int p = y == 1 ? (r.nextDouble() < (young ? 0.5 : 0.9) ? 1 : 0) : (r.nextDouble() < 0.1 ? 1 : 0);
            b.append(String.format(Locale.ROOT, "%d,%.0f,%d,%d,%.2f%n", age, 20000 + 50000 * r.nextDouble(), y, p,
                    p == 1 ? 0.8 : 0.2));
        }
        String cfg = PEOPLE.replace("slices: [age, region]", "sensitive: [age]")
                + "checks: {responsible_ai: {hard: true}}\n";
        CheckResult res = run(new ResponsibleAiCheck(), cfg, b.toString(), b.toString());
        assertThat(res.status()).as(res.summary()).isEqualTo(Status.FAIL);
        assertThat(res.conditions("fairness-limits")).anyMatch(c -> c.status() == Status.FAIL
                && c.message().startsWith("equal opportunity difference by age is ")
                && c.evidenceId().equals("equal_opportunity_difference.age") && c.threshold().value() == 0.1);
        assertThat(res.tables()).anyMatch(t -> t.title().equals("Fairness by age (test)"));
    }

    // --- 3. scene accuracy on segments against whole videos --------------------------------------------------------

    /** Videos of 10 segments; a video shows the scene when any segment does. */
    private static String videos(long seed, boolean missWholeScenes) {
        Random r = new Random(seed);
        StringBuilder b = new StringBuilder("video,f,scene,pred,score\n");
        for (int v = 0; v < 200; v++) {
            boolean hasScene = v % 2 == 0;
            int sceneAt = r.nextInt(10);
            for (int s = 0; s < 10; s++) {
                int y = hasScene && s == sceneAt ? 1 : 0;
                // the flawed model misses the one scene segment of most videos: right on 90%+ of segments,
                // wrong on most videos
                int p = y == 1 && missWholeScenes && r.nextDouble() < 0.8 ? 0 : y;
                b.append(String.format(Locale.ROOT, "v%d,%.3f,%d,%d,%.2f%n", v, r.nextGaussian(), y, p,
                        p == 1 ? 0.9 : 0.1));
            }
        }
        return b.toString();
    }

    private static final String VIDEO = """
            version: 1
            model: {name: scenes}
            task: binary
            target: scene
            prediction: {label: pred, score: score}
            datasets: {train: train.csv, test: test.csv}
            metrics: {primary: accuracy, secondary: [recall], scoring_window: none, aggregation: per video,
                      aggregate_by: video, aggregate_rule: any, sampling: none}
            """;

    @Test
    void segmentAccuracyThatHidesMissedVideosIsFlagged() throws IOException {
        CheckResult r = run(new MetricsDefinitionCheck(), VIDEO, videos(1, true), videos(2, true));
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.WARN);
        assertThat(r.conditions("unit-gap")).extracting(ConditionResult::message).anyMatch(f -> f.matches(
                "accuracy is 0\\.[0-9]+ per video but 0\\.9[0-9]* per row: "
                + "report the per-video figure.*"));
        assertThat(r.tables()).anyMatch(t -> t.columns().contains("per video (n=200)"));
    }

    @Test
    void aModelRightOnWholeVideosPasses() throws IOException {
        CheckResult r = run(new MetricsDefinitionCheck(), VIDEO, videos(1, false), videos(2, false));
        assertThat(r.status()).as(r.summary() + r.findings()).isEqualTo(Status.PASS);
    }

    // --- 4. metrics on over-sampled data ---------------------------------------------------------------------------

    private static final String RESAMPLED = """
            version: 1
            model: {name: fraud}
            task: binary
            target: y
            prediction: {label: pred, score: score}
            datasets: {train: train.csv, test: test.csv}
            metrics: {primary: roc_auc, secondary: [precision, recall, accuracy], scoring_window: none,
                      aggregation: row, sampling: "balanced by under-sampling the negatives",
                      production_priors: {"0": 0.95, "1": 0.05}}
            """;

    @Test
    void balancedTestDataAgainstRareProductionPositivesIsFlaggedAndReweighted() throws IOException {
        String balanced = Fixture.binaryCsv(3, 800, 3, 0);
        CheckResult r = run(new MetricsDefinitionCheck(), RESAMPLED, Fixture.binaryCsv(1, 800, 3, 0), balanced);
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.WARN);
        assertThat(r.conditions("class-mix-as-production")).extracting(ConditionResult::message).anyMatch(f ->
                f.startsWith("the test class balance differs from production (class 0 "
                + "is 49.3% of test but 95.0% of production"));
        var table = r.tables().stream().filter(t -> t.title().equals("Test metrics on production's class mix"))
                .findFirst().orElseThrow();
        var precision = table.rows().stream().filter(row -> row.get(0).equals("precision")).findFirst().orElseThrow();
        // with 5% positives, precision falls far below its balanced value
        assertThat((Double) precision.get(2)).isLessThan((Double) precision.get(1) - 0.3);
        assertThat(precision.get(3)).asString().startsWith("yes");
        var auc = table.rows().stream().filter(row -> row.get(0).equals("roc_auc")).findFirst().orElseThrow();
        assertThat((Double) auc.get(2)).isCloseTo((Double) auc.get(1), org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void testDataWithProductionsBalancePasses() throws IOException {
        CheckResult r = run(new MetricsDefinitionCheck(), RESAMPLED.replace("0.95", "0.5").replace("0.05", "0.5"),
                Fixture.binaryCsv(1, 800, 3, 0), Fixture.binaryCsv(3, 800, 3, 0));
        assertThat(r.status()).as(r.summary() + r.findings()).isEqualTo(Status.PASS);
    }
}
