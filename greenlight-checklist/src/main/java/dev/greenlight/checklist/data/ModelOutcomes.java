package dev.greenlight.checklist.data;

import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.Predictions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Any configured model's outcomes on a prepared dataset: the dataset's truth and weights on the rows that have a
 * label, with that model's predictions, so a candidate or a fallback is measured exactly like the primary.
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
        int[] rows = d.rowsUsed();
        if (!data.task().isClassification()) {
            if (!p.hasValues()) {
                throw new ModelException("model '" + name + "' gives no predicted values (it gives " + p.describe()
                        + ")");
            }
            double[] yPred = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                yPred[i] = p.values()[rows[i]];
            }
            return new RegressionOutcomes(d.truth().values(), yPred, d.truth().weights());
        }
        List<String> labels = data.labels();
        ClassPredictions c = ClassPredictions.of(p, labels, data.positiveLabel(), config.prediction().threshold(),
                name);
        Map<String, Integer> index = new HashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        int[] yPred = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            Integer k = index.get(c.labels()[rows[i]]);
            if (k == null) {
                throw new ModelException("model '" + name + "' predicts '" + c.labels()[rows[i]] + "' for data row "
                        + (rows[i] + 1) + " of " + d.file().fileName() + ", which is not one of the labels " + labels);
            }
            yPred[i] = k;
        }
        if (data.task() == Task.BINARY) {
            double[] all = c.scoresOf(labels, data.positiveLabel());
            return ClassificationOutcomes.binary(labels, labels.indexOf(data.positiveLabel()), d.truth().classes(),
                    yPred, all == null ? null : select(all, rows), d.truth().weights());
        }
        double[][] probs = null;
        if (c.probabilities() != null) {
            probs = new double[labels.size()][];
            for (int k = 0; k < probs.length; k++) {
                probs[k] = select(c.probabilities()[k], rows);
            }
        }
        return ClassificationOutcomes.multiclass(labels, d.truth().classes(), yPred, probs, d.truth().weights());
    }

    private static double[] select(double[] v, int[] rows) {
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = v[rows[i]];
        }
        return out;
    }
}
