package dev.greenlight.checklist;

import dev.greenlight.checklist.baseline.BaselineCheck;
import dev.greenlight.checklist.benchmark.BenchmarkCheck;
import dev.greenlight.checklist.data.DatasetPreparer;
import dev.greenlight.checklist.distribution.DataDistributionCheck;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.checklist.goals.GoalsAndLimitsCheck;
import dev.greenlight.checklist.metrics.MetricsDefinitionCheck;
import dev.greenlight.checklist.plan.GroundTruthCheck;
import dev.greenlight.checklist.plan.IntegrationCheck;
import dev.greenlight.checklist.plan.MonitoringCheck;
import dev.greenlight.checklist.plan.ResponsibleAiCheck;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.progress.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** The first logic of each checklist item, on small synthetic projects. */
class ItemChecksTest {

    @TempDir
    Path dir;

    private CheckResult run(Check check, GreenlightConfig cfg) {
        CheckContext ctx = new CheckContext(cfg, DatasetPreparer.prepare(cfg, Progress.SILENT),
                LocalDate.of(2026, 11, 29), Progress.SILENT);
        return check.run(ctx);
    }

    private GreenlightConfig project(double strength, UnaryOperator<String> edit) {
        return Fixture.project(dir, Fixture.binaryCsv(1, 600, strength, 0), Fixture.binaryCsv(2, 200, strength, 0),
                edit);
    }

    @Test
    void everyItemPassesOnAGoodModelWithACompletePlan() {
        GreenlightConfig cfg = Fixture.good(dir);
        for (Check c : new Check[]{new BaselineCheck(), new MetricsDefinitionCheck(), new BenchmarkCheck(),
                new GroundTruthCheck(), new DataDistributionCheck(), new GoalsAndLimitsCheck(),
                new IntegrationCheck(), new MonitoringCheck(), new ResponsibleAiCheck()}) {
            CheckResult r = run(c, cfg);
            assertThat(r.status()).as(c.info().id() + ": " + r.summary() + " " + r.findings())
                    .isEqualTo(Status.PASS);
        }
    }

    @Test
    void baselinePassesWhenTheModelBeatsTheMajorityClass() {
        CheckResult r = run(new BaselineCheck(), Fixture.good(dir));
        assertThat(r.summary()).contains("beats every baseline").contains("strongest baseline, logistic_regression "
                + "(logistic regression on 1 numeric and 1 categorical features");
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("baseline most_frequent roc_auc (test)")
                && e.value() == 0.5 && e.n() == 200);
        assertThat(r.evidence()).anyMatch(e -> e.name().startsWith("improvement over the strongest baseline (logistic_regression)")
                && e.ciLow() > 0 && e.ciHigh() >= e.value());
        assertThat(r.charts()).hasSize(1);
    }

    @Test
    void baselineFailsForAModelNoBetterThanTheMajorityClass() {
        // scores that rank the classes the wrong way round
        CheckResult r = run(new BaselineCheck(), project(-3, UnaryOperator.identity()));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).contains("does not beat the strongest baseline");
        assertThat(r.recommendation()).isNotNull();
    }

    @Test
    void baselineWarnsWhenTheAdvantageIsWithinTheNoise() {
        // 40 test rows, scores barely related to the label: the model is ahead of the baseline by chance only
        java.util.Random r = new java.util.Random(7);
        StringBuilder test = new StringBuilder("x,group,y,pred,score\n");
        for (int i = 0; i < 40; i++) {
            int y = i % 2;
            double score = Math.min(1, r.nextDouble() * 0.9 + 0.08 * y);
            test.append(String.format(java.util.Locale.ROOT, "%.3f,a,%d,%d,%.4f%n", r.nextGaussian(), y,
                    score >= 0.5 ? 1 : 0, score));
        }
        CheckResult res = run(new BaselineCheck(), Fixture.project(dir, Fixture.binaryCsv(1, 600, 3, 0),
                test.toString(), UnaryOperator.identity()));
        assertThat(res.status()).as(res.summary()).isEqualTo(Status.WARN);
        assertThat(res.summary()).contains("The model is not distinguishable from ");
        var gain = res.evidence().stream().filter(e -> e.name().startsWith("improvement")).findFirst().orElseThrow();
        assertThat(res.evidence()).anyMatch(e -> e.name().startsWith("DeLong p-value, model vs "));
        assertThat(gain.value()).isPositive();
        assertThat(gain.ciLow()).isNegative();
        assertThat(gain.method()).contains("paired bootstrap percentile, 1000 stratified resamples, seed 42");
    }

    @Test
    void baselineMarginIsReadFromTheConfiguration() {
        CheckResult r = run(new BaselineCheck(), project(3, y -> y + "checks:\n  baseline: {margin: 0.9}\n"));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).contains("by the required margin of 0.9");
    }

    @Test
    void metricsDefinitionListsEachUndeclaredPart() {
        CheckResult r = run(new MetricsDefinitionCheck(), project(3, y -> y.replace("  scoring_window: none\n", "")
                .replace("  sampling: none\n", "")));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.openQuestions()).extracting(OpenQuestion::key)
                .containsExactly("metrics.scoring_window", "metrics.sampling");
    }

    @Test
    void metricsDefinitionWarnsWhenThePrimaryMetricIsADefault() {
        CheckResult r = run(new MetricsDefinitionCheck(), project(3, y -> y.replace("  primary: roc_auc\n", "")));
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.summary()).contains("Greenlight's default (roc_auc)");
    }

    @Test
    void benchmarkFailsWithoutADocumentedSplit() {
        CheckResult r = run(new BenchmarkCheck(), project(3, y -> y.replace(
                "split: {method: stratified, seed: 1, test_size: 0.25}\n", "")));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.openQuestions()).extracting(OpenQuestion::key).containsExactly("split.method");
        assertThat(r.tables()).anyMatch(t -> t.title().equals("Split manifest") && t.rows().size() == 2);
    }

    @Test
    void benchmarkShowsTrainAndTestAndFlagsSharedRows() {
        String train = Fixture.binaryCsv(1, 600, 3, 0);
        String test = Fixture.binaryCsv(2, 190, 3, 0) + String.join("\n", train.lines().skip(1).limit(10).toList())
                + "\n";
        CheckResult r = run(new BenchmarkCheck(), Fixture.project(dir, train, test, UnaryOperator.identity()));
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.conditions("no-leakage-by-shared-rows")).singleElement().satisfies(c -> assertThat(c.message())
                .startsWith("10 test row(s) (5.0%) also appear in train"));
        assertThat(r.tables().get(0).columns()).containsExactly("metric", "train (n=600)", "train 95% interval",
                "test (n=200)", "test 95% interval");
    }

    @Test
    void benchmarkAcceptsTheOverlapThatRepeatedRowsMakeLikely() {
        // one categorical feature and the label: rows repeat within train, so test rows match train rows by chance
        StringBuilder train = new StringBuilder("group,y,pred,score\n");
        StringBuilder test = new StringBuilder("group,y,pred,score\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 800; i++) {
            String g = "g" + r.nextInt(4);
            int y = r.nextInt(2);
            String row = g + "," + y + "," + y + "," + (0.2 + 0.6 * y) + "\n";
            (i < 600 ? train : test).append(row);
        }
        CheckResult res = run(new BenchmarkCheck(), Fixture.project(dir, train.toString(), test.toString(),
                y -> y.replace("sensitive: [group]\n", "")));
        assertThat(res.conditions("no-leakage-by-shared-rows")).allMatch(ConditionResult::passed).isNotEmpty();
        assertThat(res.evidence()).anyMatch(e -> e.name().equals("share of test rows identical to a train row")
                && e.value() == 1.0);
    }

    @Test
    void benchmarkFlagsAnOverfittingGap() {
        // train predictions are perfect, test ones are weak
        String train = Fixture.binaryCsv(1, 600, 3, 0).lines().map(l -> {
            if (l.startsWith("x")) {
                return l;
            }
            String[] f = l.split(",");
            return f[0] + "," + f[1] + "," + f[2] + "," + f[2] + "," + f[2] + ".0";
        }).reduce("", (a, l) -> a + l + "\n");
        CheckResult r = run(new BenchmarkCheck(), Fixture.project(dir, train, Fixture.binaryCsv(2, 200, 0.3, 0),
                UnaryOperator.identity()));
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.conditions("no-overfitting")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.WARN);
            assertThat(c.message()).contains("better on train than on test").contains("overfitting");
            assertThat(c.evidenceId()).isEqualTo("overfitting_gap");
        });
        assertThat(r.evidence("overfitting_gap").orElseThrow().threshold().value()).isEqualTo(0.05);
    }

    @Test
    void dataDistributionFindsAShiftedFeature() {
        GreenlightConfig cfg = Fixture.project(dir, Fixture.binaryCsv(1, 600, 3, 0), Fixture.binaryCsv(2, 400, 3, 1.0),
                UnaryOperator.identity());
        CheckResult r = run(new DataDistributionCheck(), cfg);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.conditions("features-same-distribution")).anyMatch(c -> c.message().contains("features differ "
                + "between train and test") && c.message().contains("x"));
        assertThat(r.conditions("label-same-distribution")).anyMatch(c -> c.status() == Status.FAIL
                && c.evidenceId().equals("label_drift.train_test"));
        assertThat(r.evidence("drifted_share.train_test").orElseThrow().threshold()).isNotNull();
        assertThat(r.charts()).isNotEmpty();
    }

    @Test
    void dataDistributionShowsDriftPerMonthWhenItStartsPartWay() {
        java.util.Random r = new java.util.Random(6);
        StringBuilder train = new StringBuilder("day,x,group,y,pred,score\n");
        StringBuilder test = new StringBuilder("day,x,group,y,pred,score\n");
        for (int i = 0; i < 1200; i++) {
            boolean isTest = i >= 600;
            java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1).plusDays(i / 5);
            // from July on, x shifts by two standard deviations
            double x = r.nextGaussian() + (isTest && day.getMonthValue() >= 7 ? 2 : 0);
            int y = x > 0 ? 1 : 0;
            (isTest ? test : train).append(String.format(java.util.Locale.ROOT, "%s,%.4f,%s,%d,%d,%.3f%n", day, x,
                    r.nextBoolean() ? "a" : "b", y, y, y == 1 ? 0.9 : 0.1));
        }
        CheckResult res = run(new DataDistributionCheck(), Fixture.project(dir, train.toString(), test.toString(),
                y -> y + "columns: {timestamp: day}\n"));
        var months = res.tables().stream().filter(t -> t.title().equals("Drift per month: train vs test")).findFirst()
                .orElseThrow();
        assertThat(months.rows()).extracting(row -> row.get(4)).containsExactly("no", "no", "yes", "yes");
        assertThat(res.conditions("no-drift-over-time")).extracting(ConditionResult::message).anyMatch(f ->
                f.startsWith("the test data drifts from train in") && f.contains(
                "(from 2025-07-01)"));
        assertThat(res.charts()).anyMatch(c -> c.title().startsWith("Share of features drifted per month"));
    }

    @Test
    void goalsReportHardAndSoftMissesAndUnmeasuredSystemLimits() {
        CheckResult hard = run(new GoalsAndLimitsCheck(), project(3, y -> y.replace("min: 0.7, hard: true",
                "min: 0.999, hard: true")));
        assertThat(hard.status()).isEqualTo(Status.FAIL);
        assertThat(hard.conditions("goals-met")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(Status.FAIL);
            assertThat(c.message()).startsWith("Hard limit missed: roc_auc on test is");
            assertThat(c.evidenceId()).isEqualTo("goals.0");
            assertThat(c.threshold().value()).isEqualTo(0.999);
        });

        CheckResult soft = run(new GoalsAndLimitsCheck(), project(3, y -> y.replace("min: 0.7, hard: true",
                "min: 0.999, hard: false")));
        assertThat(soft.status()).isEqualTo(Status.WARN);

        CheckResult system = run(new GoalsAndLimitsCheck(), project(3, y -> y.replace(
                "  - {metric: roc_auc, min: 0.7, hard: true}\n",
                "  - {metric: roc_auc, min: 0.7, hard: true}\n  - {metric: latency_p99_ms, max: 50, hard: true}\n")));
        assertThat(system.status()).isEqualTo(Status.PASS);
        assertThat(system.tables().get(0).rows()).anyMatch(row -> row.get(0).equals("latency_p99_ms")
                && row.get(5).equals("NOT_APPLICABLE"));
    }

    @Test
    void aLimitInsideTheMetricsIntervalIsNotYetKnownWithTheRowsThatWouldTell() {
        CheckResult met = run(new GoalsAndLimitsCheck(), project(3, y -> y));
        assertThat(met.status()).isEqualTo(Status.PASS);
        double measured = ((Number) met.tables().get(0).rows().get(0).get(4)).doubleValue();
        // a hard limit just above the point estimate: the point estimate alone would call it missed
        String limit = String.format(java.util.Locale.ROOT, "%.4f", measured + 0.0005);
        CheckResult straddled = run(new GoalsAndLimitsCheck(), project(3, y -> y.replace("min: 0.7, hard: true",
                "min: " + limit + ", hard: true")));
        assertThat(straddled.status()).isEqualTo(Status.WARN);
        assertThat(straddled.tables().get(0).rows().get(0).get(5)).isEqualTo("NOT_YET_KNOWN");
        assertThat(straddled.conditions("goals-met")).extracting(ConditionResult::message).anyMatch(f -> f.startsWith(
                "Hard limit not yet known: roc_auc on test is")
                && f.contains("95% interval") && f.contains("rows would tell"));
    }

    @Test
    void goalsFailWhenNoneAreSet() {
        CheckResult r = run(new GoalsAndLimitsCheck(), project(3, y -> y.replace("goals:\n  - {metric: roc_auc, "
                + "min: 0.7, hard: true}\n", "")));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.openQuestions()).extracting(OpenQuestion::key).containsExactly("goals");
    }

    @Test
    void planItemsListExactlyTheUnansweredQuestions() {
        CheckResult r = run(new MonitoringCheck(), project(3, y -> y.replace("alerting: a, ", "")
                .replace("thresholds: t, ", "thresholds: \"\", ")));
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.openQuestions()).extracting(OpenQuestion::key)
                .containsExactly("plan.monitoring.thresholds", "plan.monitoring.alerting");
        assertThat(r.summary()).startsWith("2 of 5 plan questions are unanswered");
    }

    /** Writes production.csv beside the project and names it in datasets (and a monitoring section). */
    private GreenlightConfig withProduction(String production, String monitoring) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("production.csv"), production);
        return Fixture.project(dir, Fixture.binaryCsv(1, 600, 3, 0), Fixture.binaryCsv(2, 2000, 3, 0),
                y -> y.replace("datasets: {train: train.csv, test: test.csv}",
                        "datasets: {train: train.csv, test: test.csv, production: production.csv}") + monitoring);
    }

    @Test
    void monitoringRunsTheAnalysisOnProductionDataWithTheTestSetAsReference() throws Exception {
        CheckResult r = run(new MonitoringCheck(), withProduction(Fixture.binaryCsv(3, 2000, 3, 0),
                "monitoring: {chunk_size: 200, multivariate: false}\n"));
        assertThat(r.tables()).anyMatch(t -> t.title().startsWith("Monitoring rehearsal: production against the "
                + "test set") && t.rows().size() == 10);
        assertThat(r.evidence("monitoring.recommendation")).isPresent();
    }

    @Test
    void monitoringThatCannotRunWarnsInsteadOfPassing() throws Exception {
        String noScores = Fixture.binaryCsv(3, 400, 3, 0).replace(",score\n", ",s\n");
        CheckResult r = run(new MonitoringCheck(), withProduction(noScores, ""));
        assertThat(r.status()).isEqualTo(Status.WARN);
        assertThat(r.conditions(ConditionResult.DID_NOT_RUN)).extracting(ConditionResult::message).anyMatch(f ->
                f.startsWith("the monitoring analysis of the production data (test set as reference): the analysis "
                        + "data has no column 'score'"));
    }

    @Test
    void groundTruthShowsLabelCoverage() {
        CheckResult r = run(new GroundTruthCheck(), Fixture.good(dir));
        assertThat(r.evidence("labelled_share.test").orElseThrow().value()).isEqualTo(1.0);
    }

    @Test
    void integrationCountsErrorsOfEachKind() {
        CheckResult r = run(new IntegrationCheck(), Fixture.good(dir));
        assertThat(r.evidence()).anyMatch(e -> e.name().startsWith("false positives on test"));
        assertThat(r.evidence()).anyMatch(e -> e.name().startsWith("inputs a prediction uses")
                && e.text().equals("2 features: x, group"));
    }

    @Test
    void responsibleAiComparesGroupsAndWarnsAboutUndeclaredSensitiveColumns() {
        CheckResult declared = run(new ResponsibleAiCheck(), Fixture.good(dir));
        assertThat(declared.tables()).singleElement().satisfies(t -> {
            assertThat(t.title()).isEqualTo("Fairness by group (test)");
            assertThat(t.columns()).containsExactly("group", "rows", "selection rate", "true positive rate",
                    "false positive rate", "precision", "accuracy");
            assertThat(t.rows()).extracting(row -> row.get(0)).containsExactly("a", "b");
        });
        assertThat(declared.evidence("demographic_parity_difference.group").orElseThrow().method()).contains("p = ");

        String renamed = Fixture.binaryCsv(1, 600, 3, 0).replaceFirst("group", "gender");
        String renamedTest = Fixture.binaryCsv(2, 200, 3, 0).replaceFirst("group", "gender");
        CheckResult undeclared = run(new ResponsibleAiCheck(), Fixture.project(dir, renamed, renamedTest,
                y -> y.replace("sensitive: [group]\n", "")));
        assertThat(undeclared.status()).isEqualTo(Status.FAIL);
        assertThat(undeclared.conditions("sensitive-declared")).extracting(ConditionResult::message)
                .anyMatch(f -> f.startsWith("column(s) gender look like sensitive"))
                .anyMatch(f -> f.startsWith("no sensitive attributes are declared"));
    }

    /**
     * The fixture's data plus two raters (ann copies the target, bob flips every 5th row), a proxy that flips every
     * 4th row, and prediction and label times two days apart (five days on every 10th row).
     */
    private static String withLabelSources(String csv) {
        String[] lines = csv.split("\n");
        StringBuilder out = new StringBuilder(lines[0] + ",ann,bob,clicked,ts,label_time\n");
        for (int i = 1; i < lines.length; i++) {
            String y = lines[i].split(",")[2];
            String flipped = y.equals("1") ? "0" : "1";
            java.time.LocalDateTime ts = java.time.LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(i);
            out.append(lines[i]).append(',').append(y).append(',').append(i % 5 == 0 ? flipped : y).append(',')
                    .append(i % 4 == 0 ? flipped : y).append(',').append(ts).append(',')
                    .append(ts.plusDays(i % 10 == 0 ? 5 : 2)).append('\n');
        }
        return out.toString();
    }

    @Test
    void groundTruthReportsRaterAgreementProxyAndLabelDelay() {
        GreenlightConfig cfg = Fixture.project(dir, withLabelSources(Fixture.binaryCsv(1, 600, 3, 0)),
                withLabelSources(Fixture.binaryCsv(2, 200, 3, 0)), y -> y.replace("datasets:",
                        "columns: {timestamp: ts}\nlabels: {raters: [ann, bob], proxy: clicked, labelled_at: label_time}"
                                + "\ndatasets:"));
        assertThat(cfg.labels().raters()).containsExactly("ann", "bob");
        CheckResult r = run(new GroundTruthCheck(), cfg);
        // 40 of 200 rows disagree: observed 0.8; alpha and kappa are below that
        assertThat(r.tables()).anyMatch(t -> t.title().startsWith("Agreement between raters")
                && t.rows().get(0).get(3).equals(0.8));
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("rater agreement: Krippendorff's alpha")
                && e.value() < 0.8 && e.value() > 0.4);
        assertThat(r.tables()).anyMatch(t -> t.title().startsWith("Each rater against the target")
                && t.rows().get(0).get(2).equals(1.0) && t.rows().get(1).get(2).equals(0.8));
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("proxy 'clicked' agrees with the target")
                && e.value() == 0.75);
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("metric gap: proxy minus target") && e.value() < 0);
        // delays: 180 rows of 2 days and 20 of 5; median 2, longest 5
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("label delay, median (days)") && e.value() == 2.0);
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("label delay, longest (days)") && e.value() == 5.0);
        // alpha is below the default 0.667, so the item warns
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.WARN);
        assertThat(r.summary()).contains("Krippendorff's alpha");
    }

    @Test
    void groundTruthFailsWhenALabelsColumnIsMissing() {
        GreenlightConfig cfg = project(3, y -> y.replace("datasets:", "labels: {raters: [ann, bob]}\ndatasets:"));
        CheckResult r = run(new GroundTruthCheck(), cfg);
        assertThat(r.status()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).contains("'ann'").contains("test.csv");
    }

    @Test
    void integrationFailsOnTrainingServingSkew() throws java.io.IOException {
        Path repo = Path.of("").toAbsolutePath();
        while (!java.nio.file.Files.isDirectory(repo.resolve("examples"))) {
            repo = repo.getParent();
        }
        Path skew = repo.resolve("examples/skew");
        String section = "skew: {training: " + skew.resolve("training.csv") + ", serving: "
                + skew.resolve("serving.csv") + ", id: id}\n";
        CheckResult planted = run(new IntegrationCheck(), project(3, y -> y.replace("datasets:", section
                + "datasets:")));
        assertThat(planted.status()).isEqualTo(Status.FAIL);
        assertThat(planted.summary()).contains("amount").contains("country").contains("age")
                .doesNotContain("income");
        assertThat(planted.findings()).anyMatch(f -> f.contains("'UK' -> 'GB'"));
        String same = "skew: {training: " + skew.resolve("training.csv") + ", serving: "
                + skew.resolve("training.csv") + ", id: id}\n";
        CheckResult clean = run(new IntegrationCheck(), project(3, y -> y.replace("datasets:", same + "datasets:")));
        assertThat(clean.status()).as(clean.summary()).isEqualTo(Status.PASS);
        assertThat(clean.evidence()).anyMatch(e -> e.name().equals("features with training/serving skew")
                && e.value() == 0);
    }

    @Test
    void aStatedHumanAccuracyIsComparedAsAnEstimateOfItsOwn() {
        UnaryOperator<String> human = y -> y.replace("primary: roc_auc", "primary: accuracy")
                .replace("datasets:", "baselines:\n  - {name: human, metric: accuracy, value: 0.97, rows: 1000, "
                        + "source: two annotators}\ndatasets:");
        CheckResult r = run(new BaselineCheck(), project(3, human));
        assertThat(r.status()).as(r.summary()).isEqualTo(Status.FAIL);
        assertThat(r.summary()).contains("human");
        assertThat(r.evidence()).anyMatch(e -> e.name().startsWith("improvement over the strongest baseline (human)")
                && e.method().contains("Newcombe") && e.ciHigh() < 0);
        assertThat(r.evidence()).anyMatch(e -> e.name().equals("two-proportion z-test p-value, model vs human")
                && e.value() < 0.01);
        // a stated accuracy from 20 rows is too uncertain to tell apart from the model's
        UnaryOperator<String> few = y -> y.replace("primary: roc_auc", "primary: accuracy")
                .replace("datasets:", "baselines:\n  - {name: human, metric: accuracy, value: 0.95, rows: 20}"
                        + "\ndatasets:");
        CheckResult small = run(new BaselineCheck(), project(3, few));
        assertThat(small.status()).as(small.summary()).isEqualTo(Status.WARN);
    }
}
