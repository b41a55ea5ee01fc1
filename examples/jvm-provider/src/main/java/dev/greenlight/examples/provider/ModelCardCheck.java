package dev.greenlight.examples.provider;

import dev.greenlight.checklist.Check;
import dev.greenlight.checklist.CheckContext;
import dev.greenlight.checklist.CheckInfo;
import dev.greenlight.checklist.CheckResult;
import dev.greenlight.checklist.Status;
import dev.greenlight.checklist.evidence.Evidence;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A team's own checklist item, added by the plug-in: the model card ({@code MODEL_CARD.md} beside the
 * configuration) exists. It runs after the nine items and can be waived like any of them.
 */
public final class ModelCardCheck implements Check {
    static final CheckInfo INFO = new CheckInfo("model-card", 100, "Model card",
            "Is there a model card (MODEL_CARD.md beside greenlight.yaml) that says what the model is for and not for?");

    @Override
    public CheckInfo info() {
        return INFO;
    }

    @Override
    public CheckResult run(CheckContext context) {
        Path card = context.config().folder().resolve("MODEL_CARD.md");
        boolean present = Files.isRegularFile(card);
        return CheckResult.builder(INFO)
                .status(present ? Status.PASS : Status.FAIL, present ? "The model card is " + card + "."
                        : "No model card: " + card + " does not exist.")
                .evidence(new Evidence("model card", null, present ? "present" : "missing", "file exists", null,
                        null, null, null))
                .recommendation(present ? null : "Write MODEL_CARD.md: intended use, data, metrics, limits.")
                .build();
    }
}
