package dev.greenlight.examples.provider;

import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckInfo;
import dev.greenlight.checklist.Condition;
import dev.greenlight.checklist.ConditionResult;
import dev.greenlight.checklist.MeasuredCheck;
import dev.greenlight.checklist.Measurements;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A team's own checklist item, added by the plug-in: the model card ({@code MODEL_CARD.md} beside the
 * configuration) exists. It runs after the nine items and can be waived like any of them. Like the nine, it
 * measures first (is the file there?) and judges in a condition, so it follows the checklist's rules.
 */
public final class ModelCardCheck extends MeasuredCheck<Path> {
    static final CheckInfo INFO = new CheckInfo("model-card", 100, "Model card",
            "Is there a model card (MODEL_CARD.md beside greenlight.yaml) that says what the model is for and not for?");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    protected Path measure(CheckContext context, Measurements out) {
        Path card = context.config().folder().resolve("MODEL_CARD.md");
        out.evidence(Evidence.text("model_card", "model card", Files.isRegularFile(card) ? "present" : "missing",
                "file exists: " + card));
        return card;
    }

    @Override
    protected List<Condition<Path>> conditions(CheckContext context) {
        return List.of(Condition.of("model-card-present", "MODEL_CARD.md exists beside greenlight.yaml", card ->
                ConditionResult.of("model-card-present", Files.isRegularFile(card), Status.FAIL,
                        "No model card: " + card + " does not exist").on("model_card", null)));
    }

    @Override
    protected String passSummary(Path card) {
        return "The model card is " + card + ".";
    }

    @Override
    protected String recommendation(Path card, Status status, List<ConditionResult> unmet) {
        return "Write MODEL_CARD.md: intended use, data, metrics, limits.";
    }
}
