package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.data.ModelOutcomes;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.checklist.evidence.EvidenceTable;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.error.GreenlightException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.model.Model;

import java.util.ArrayList;
import java.util.List;

/**
 * Item 7: how the model fits into the product. The plan's answers, with what the data can say: which inputs a
 * prediction uses (transparency) and how many errors of each kind the test set shows (the cost of a wrong
 * prediction). When the configuration names models, each model's permutation feature importance shows what its
 * predictions rest on, and a declared fallback model is exercised (see {@link FallbackExercise}). With a
 * {@code skew:} section the training and serving versions of the same records are compared and any skewed feature
 * fails the item ({@link ServingSkewAnalysis}); predictions recorded in the data are compared with the primary
 * model's own ({@link RecordedPredictions}).
 */
public final class IntegrationCheck extends PlanCheck {
    /** Rows of each importance table: enough to see what matters, few enough to read. */
    static final int TOP_FEATURES = 10;

    public IntegrationCheck() {
        super(ChecklistItem.INTEGRATION);
    }

    @Override
    List<ConditionResult> measureData(CheckContext ctx, Measurements b) {
        List<String> features = List.copyOf(ctx.data().features().keySet());
        b.evidence(Evidence.text("inputs", "inputs a prediction uses", features.size() + " features: "
                + (features.size() <= 25 ? String.join(", ", features)
                : String.join(", ", features.subList(0, 25)) + ", ..."), "features in the training data"));
        Outcomes o = ctx.data().test().outcomes();
        if (o instanceof ClassificationOutcomes c && c.isBinary() && c.hasPredictions()) {
            long fp = 0;
            long fn = 0;
            for (int i = 0; i < c.size(); i++) {
                boolean truePos = c.yTrue()[i] == c.positive();
                boolean predPos = c.yPred()[i] == c.positive();
                if (predPos && !truePos) {
                    fp++;
                } else if (!predPos && truePos) {
                    fn++;
                }
            }
            String pos = c.labels().get(c.positive());
            b.evidence(Evidence.number("false_positives.test", "false positives on test (predicted '" + pos
                    + "', was not)", fp,
                    "count", c.size(), "test"));
            b.evidence(Evidence.number("false_negatives.test", "false negatives on test (missed '" + pos + "')", fn,
                    "count", c.size(),
                    "test"));
            if (ctx.config().answer("integration", "cost_of_error").isEmpty()) {
                b.finding("The test set shows " + fp + " false positives and " + fn + " false negatives out of "
                        + c.size() + " rows; state what each kind costs so the decision threshold can be chosen "
                        + "for the product.");
            }
        }
        List<ConditionResult> out = new ArrayList<>();
        out.add(ServingSkewAnalysis.add(ctx, b));
        if (ctx.config().models().isEmpty()) {
            return out;
        }
        for (ModelConfig m : ctx.config().models()) {
            addImportance(ctx, b, m);
        }
        out.add(RecordedPredictions.add(ctx, b));
        out.add(FallbackExercise.addTo(ctx, b));
        return out;
    }

    private static void addImportance(CheckContext ctx, Measurements b, ModelConfig m) {
        List<PermutationImportance.Importance> all;
        try (Model model = ctx.models().load(m, ModelOutcomes.context(ctx.data()))) {
            all = PermutationImportance.of(ctx, model, m.name());
        } catch (GreenlightException e) {
            b.notRun("feature importance of model '" + m.name() + "' (" + e.getMessage() + ")");
            return;
        }
        if (all.isEmpty()) {
            b.finding("No feature importance for model '" + m.name() + "': " + ctx.primaryMetric() + " is undefined "
                    + "on test.");
            return;
        }
        List<String> unused = all.stream().filter(i -> i.mean() == 0 && i.sd() == 0)
                .map(PermutationImportance.Importance::feature).toList();
        EvidenceTable.Builder t = EvidenceTable.builder("What predictions of '" + m.name() + "' (" + m.role().key()
                + ") rest on: permutation importance", "feature", "mean drop of " + ctx.primaryMetric(), "sd");
        all.stream().limit(TOP_FEATURES).forEach(i -> t.row(i.feature(), i.mean(), i.sd()));
        b.table(t.note("The drop of " + ctx.primaryMetric() + " on test when the feature's values are shuffled "
                + "across the rows (" + PermutationImportance.REPEATS + " seeded shuffles; scikit-learn's "
                + "permutation_importance). The top " + Math.min(TOP_FEATURES, all.size()) + " of " + all.size()
                + " features." + (unused.isEmpty() ? "" : " Shuffling " + unused.size() + " leaves "
                + ctx.primaryMetric() + " unchanged every time: " + String.join(", ", unused.size() <= 12 ? unused
                : unused.subList(0, 12)) + (unused.size() > 12 ? " and " + (unused.size() - 12) + " more" : "")
                + ".")).build());
        b.evidence(Evidence.text(Evidence.id("importance", m.name()), "features whose shuffling changes the "
                        + ctx.primaryMetric() + " of '" + m.name() + "'",
                (all.size() - unused.size()) + " of " + all.size() + "; most: " + all.get(0).feature(),
                "permutation importance on test"));
    }
}
