package dev.greenlight.checklist.plan;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.ChecklistItem;
import dev.greenlight.checklist.evidence.Evidence;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;

import java.util.List;

/**
 * Item 7: how the model fits into the product. The plan's answers, with what the data can say: which inputs a
 * prediction uses (transparency) and how many errors of each kind the test set shows (the cost of a wrong
 * prediction).
 */
public final class IntegrationCheck extends PlanCheck {

    public IntegrationCheck() {
        super(ChecklistItem.INTEGRATION);
    }

    @Override
    DataVerdict addDataEvidence(CheckContext ctx, CheckResult.Builder b) {
        List<String> features = List.copyOf(ctx.data().features().keySet());
        b.evidence(Evidence.text("inputs a prediction uses", features.size() + " features: "
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
            b.evidence(Evidence.number("false positives on test (predicted '" + pos + "', was not)", fp,
                    "count", c.size(), "test"));
            b.evidence(Evidence.number("false negatives on test (missed '" + pos + "')", fn, "count", c.size(),
                    "test"));
            if (ctx.config().answer("integration", "cost_of_error").isEmpty()) {
                b.finding("The test set shows " + fp + " false positives and " + fn + " false negatives out of "
                        + c.size() + " rows; state what each kind costs so the decision threshold can be chosen "
                        + "for the product.");
            }
        }
        return DataVerdict.PASS;
    }
}
