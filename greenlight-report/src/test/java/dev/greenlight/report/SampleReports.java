package dev.greenlight.report;

import dev.greenlight.checklist.AppliedWaiver;
import dev.greenlight.checklist.CheckInfo;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.ChecklistReport;
import dev.greenlight.checklist.DatasetInfo;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.Verdict;
import dev.greenlight.checklist.evidence.Chart;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.Threshold;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A report with one item per checklist item and every status, evidence kind and chart type. */
final class SampleReports {
    static final String SHA = "ab".repeat(32);

    private SampleReports() {
    }

    static ChecklistReport everyStatus() {
        Status[] statuses = {Status.PASS, Status.WARN, Status.FAIL, Status.WAIVED, Status.NOT_APPLICABLE,
                Status.ERROR, Status.PASS, Status.FAIL, Status.PASS};
        List<CheckResult> items = new ArrayList<>();
        ChecklistItem[] all = ChecklistItem.values();
        for (int i = 0; i < all.length; i++) {
            items.add(result(all[i].info(), statuses[i]));
        }
        return new ChecklistReport("0.1.0-test", Instant.parse("2026-11-29T10:00:00Z"), "cfg/greenlight.yaml", SHA,
                "toy <model> & \"friends\"", "1.0", "binary",
                List.of(new DatasetInfo("train", "/data/train.csv", "csv", SHA, 600, 5),
                        new DatasetInfo("test", "/data/test.csv", "csv", SHA, 200, 5)),
                List.of("test: the model never predicts the label(s) [2] that occur in the target"), items,
                Verdict.NOT_READY);
    }

    static CheckResult result(CheckInfo info, Status status) {
        Measurements b = new Measurements();
        b.evidence(Evidence.number("model.roc_auc.test", "roc_auc (test)", 0.912, "scikit-learn roc_auc_score", 200,
                "test").withInterval(0.88, 0.94).withThreshold(Threshold.atLeast(0.85, "goals[0]")));
        b.evidence(Evidence.answer("How are labels obtained?", "From <b>the lab</b> & co", "plan.ground_truth.source"));
        b.table(EvidenceTable.builder("Metrics | by dataset", "metric", "train", "test")
                .row("roc_auc", 0.95, 0.912).row("log_loss", Double.NaN, null).note("same code on both").build());
        b.chart(new Chart.Bars("Model vs baselines", "roc_auc", List.of("model", "most_frequent"),
                List.of(new Chart.Series("roc_auc", List.of(0.912, 0.5))), 0.85, "goal"));
        b.chart(new Chart.Histogram("x: train vs test", "x", List.of(0.0, 0.5, 1.0),
                List.of(new Chart.Series("train", List.of(0.4, 0.6)), new Chart.Series("test", List.of(0.5, 0.5)))));
        b.chart(new Chart.Heatmap("Confusion matrix", "true", "predicted", List.of("0", "1"), List.of("0", "1"),
                List.of(List.of(50.0, 5.0), List.of(7.0, 138.0))));
        b.chart(new Chart.Scatter("Residuals", "predicted", "residual", List.of(1.0, 2.0, 3.0),
                List.of(-0.5, 0.1, 0.3), true));
        b.finding("A finding with <html> & \"quotes\".");
        b.openQuestion(new OpenQuestion("plan.monitoring.alerting", "Who is warned?"));
        List<ConditionResult> conditions = List.of(new ConditionResult("goals-met", Status.PASS, "roc_auc on test "
                + "meets the goal >= 0.85", "model.roc_auc.test", Threshold.atLeast(0.85, "goals[0]")));
        return switch (status) {
            case NOT_APPLICABLE -> new CheckResult(info, status, "Not applicable: no model to benchmark",
                    b.evidence(), b.tables(), b.charts(), b.findings(), null, b.openQuestions(),
                    "no model to benchmark", null, 0, List.of());
            case ERROR -> CheckResult.error(info, new IllegalStateException("boom <x>"), 3);
            case WAIVED -> withWaiver(new CheckResult(info, Status.FAIL, "it failed", b.evidence(), b.tables(),
                    b.charts(), b.findings(), "Do the thing.", b.openQuestions(), null, null, 0, conditions));
            default -> new CheckResult(info, status, info.id() + " is " + status, b.evidence(), b.tables(),
                    b.charts(), b.findings(), "Do the thing.", b.openQuestions(), null, null, 0, conditions);
        };
    }

    private static CheckResult withWaiver(CheckResult failed) {
        return new CheckResult(failed.info(), Status.WAIVED, failed.summary(), failed.evidence(), failed.tables(),
                failed.charts(), failed.findings(), failed.recommendation(), failed.openQuestions(), null,
                new AppliedWaiver("accepted for the pilot", "ann", LocalDate.of(2026, 11, 1), null, Status.FAIL,
                        "it failed"), 5, failed.conditions());
    }
}
