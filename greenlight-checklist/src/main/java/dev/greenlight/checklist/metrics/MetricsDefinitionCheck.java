package dev.greenlight.checklist.metrics;

import dev.greenlight.checklist.ItemCheck;
import dev.greenlight.checklist.Judgement;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.checklist.evidence.OpenQuestion;
import dev.greenlight.config.GreenlightConfig.MetricsDefinition;
import dev.greenlight.metrics.Metric;
import dev.greenlight.metrics.MetricCatalog;
import dev.greenlight.metrics.MetricValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 2: is performance measured the same way in training and in scoring? The metrics must be named, and the
 * scoring window, the evaluation unit (aggregation) and the sampling declared, because each, left implicit, makes
 * a training metric and a production metric disagree while both look right. Where the declaration can be acted on,
 * the check measures it: the metric per scoring window ({@link PeriodAnalysis}), per evaluation unit
 * ({@link UnitAnalysis}) and on production's class mix ({@link SamplingAnalysis}).
 */
public final class MetricsDefinitionCheck extends ItemCheck {

    public MetricsDefinitionCheck() {
        super(ChecklistItem.METRICS_DEFINITION);
    }

    @Override
    public CheckResult run(CheckContext ctx) {
        CheckResult.Builder b = CheckResult.builder(info());
        MetricsDefinition m = ctx.config().metrics();
        EvidenceTable.Builder t = EvidenceTable.builder("Metrics", "role", "metric", "definition", "test value");
        List<String> names = new ArrayList<>();
        names.add(m.primary());
        names.addAll(m.secondary());
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            String description = MetricCatalog.find(ctx.data().task(), name).map(Metric::description).orElse("");
            MetricValue v = ctx.metric("test", name);
            t.row(i == 0 ? "primary" : "secondary", name, description,
                    v.isDefined() ? v.value() : "undefined: " + v.undefinedReason());
        }
        b.table(t.note("Every metric is computed by the same code on train, validation and test.").build());
        b.evidence(Evidence.text("primary metric", m.primary() + (m.primaryDeclared() ? ""
                : " (default for a " + ctx.data().task().key() + " task)"), "metrics.primary"));

        declared(b, "scoring window", m.scoringWindow(), "metrics.scoring_window",
                "Over which period is the production metric computed (e.g. 30d, 1w, or 'none')? The test metric "
                        + "must cover the same kind of period.");
        declared(b, "evaluation unit", m.aggregation(), "metrics.aggregation",
                "What is one evaluated unit: a row, or rows combined per customer, video or session ('row' if "
                        + "each row counts on its own)?");
        declared(b, "sampling", m.sampling(), "metrics.sampling",
                "Was the train or test data over- or under-sampled relative to production ('none' if not)?");

        String window = m.scoringWindow();
        if (window != null && !window.equals("none") && ctx.config().columns().timestamp() == null) {
            b.finding("A scoring window of " + window + " is declared but no timestamp column "
                    + "(columns.timestamp), so the test metric cannot be computed per window to match it.");
        }
        MetricValue primary = ctx.metric("test", m.primary());
        Judgement found = new Judgement();
        PeriodAnalysis.run(ctx, b, found);
        UnitAnalysis.run(ctx, b, found);
        SamplingAnalysis.run(ctx, b, found);
        found.problems().forEach(b::finding);
        if (!b.openQuestions().isEmpty()) {
            b.status(Status.FAIL, b.openQuestions().size() + " part(s) of the metric definition are undeclared: "
                    + String.join(", ", b.openQuestions().stream().map(OpenQuestion::key).toList()) + ".");
            b.recommendation("Declare each under 'metrics:' in the configuration so the same definition is used in "
                    + "training and in production.");
        } else if (!primary.isDefined()) {
            b.status(Status.FAIL, "The primary metric " + m.primary() + " is undefined on test: "
                    + primary.undefinedReason());
        } else if (!found.isClean()) {
            b.status(found.status(), "Measured as declared, the metric tells another story: "
                    + String.join("; ", found.problems()) + ".");
        } else if (!m.primaryDeclared()) {
            b.status(Status.WARN, "The metric definition is declared, but the primary metric is Greenlight's "
                    + "default (" + m.primary() + "); name the one the product is judged by.");
        } else {
            b.status(Status.PASS, "Primary metric " + m.primary() + ", scoring window " + m.scoringWindow()
                    + ", evaluation unit '" + m.aggregation() + "', sampling '" + m.sampling() + "'.");
        }
        return b.build();
    }

    private static void declared(CheckResult.Builder b, String what, String value, String key, String question) {
        if (value == null) {
            b.openQuestion(new OpenQuestion(key, question));
        } else {
            b.evidence(Evidence.text(what, value, key));
        }
    }
}
