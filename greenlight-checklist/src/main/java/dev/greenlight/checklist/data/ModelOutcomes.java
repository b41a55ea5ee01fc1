package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.Predictions;
import dev.greenlight.outcomes.OutcomeReader;
import dev.greenlight.outcomes.OutcomeSpec;
import dev.greenlight.outcomes.Truth;

import java.util.ArrayList;

/**
 * Any configured model's outcomes on a prepared dataset: the dataset's truth and weights on the rows that have a
 * label, with that model's predictions ({@link OutcomeReader#fromPredictions}), so a candidate or a fallback is
 * measured exactly like the primary.
 */
public final class ModelOutcomes {

    private ModelOutcomes() {
    }

    /** How the checks load a configured model: for the task, fed the checklist's features unless it names inputs. */
    public static ModelContext context(EvaluationData data) {
        return new ModelContext(data.task(), new ArrayList<>(data.features().keySet()));
    }

    /** Scores the dataset's table with the model and returns the outcomes on its labelled rows. */
    public static Outcomes score(GreenlightConfig config, EvaluationData data, PreparedDataset d, Model model,
                                 String name) {
        return of(config, data, d, model.predict(d.table()), name);
    }

    /**
     * @param p the model's predictions for every row of {@code d}'s table, in table order
     */
    public static Outcomes of(GreenlightConfig config, EvaluationData data, PreparedDataset d, Predictions p,
                              String name) {
        if (d.truth() == null) {
            throw new IllegalArgumentException(d.role() + " has no labels");
        }
        return OutcomeReader.fromPredictions(new Truth(d.rowsUsed(), d.truth()), p, data.classLabels(),
                OutcomeSpec.of(config), name, d.file().fileName());
    }
}
