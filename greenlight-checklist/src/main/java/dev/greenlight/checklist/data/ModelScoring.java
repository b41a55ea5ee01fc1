package dev.greenlight.checklist.data;

import dev.greenlight.progress.Progress;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.config.GreenlightConfig.ModelConfig;
import dev.greenlight.io.DataFile;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.BatchScorer;
import dev.greenlight.model.Model;
import dev.greenlight.model.ModelContext;
import dev.greenlight.model.ModelException;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.model.Predictions;
import dev.greenlight.outcomes.ClassLabels;
import dev.greenlight.outcomes.ClassPredictions;
import dev.greenlight.outcomes.OutcomeSpec;
import dev.greenlight.table.CategoricalColumn;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the configuration names a model, scores every dataset that lacks the prediction columns with the primary
 * model and adds its predictions under the configured (or Greenlight's own) column names, so the rest of the
 * checklist reads them like predictions from a file. Datasets that have the columns keep them.
 */
final class ModelScoring {

    private ModelScoring() {
    }

    static Map<String, DataFile> addPredictions(GreenlightConfig config, Map<String, DataFile> files,
                                                Progress progress, List<String> notes, LoadedModels models) {
        if (config.primaryModel().isEmpty()) {
            return files;
        }
        ModelConfig primary = config.primaryModel().get();
        PredictionRoles roles = PredictionRoles.of(config, files.get("train").table(), files.get("test").table());
        List<String> unscored = files.keySet().stream().filter(r -> !roles.hasPredictions(files.get(r).table()))
                .toList();
        if (unscored.isEmpty()) {
            return files;
        }
        ModelContext context = new ModelContext(config.task(), ModelInputs.defaultFeatures(config,
                files.get("train").table()));
        Map<String, Predictions> scored = new LinkedHashMap<>();
        try (Model model = models.load(primary, context)) {
            for (String role : unscored) {
                DataFile f = files.get(role);
                String what = "scoring " + role + " data (" + f.fileName() + ") with model '" + primary.name() + "'";
                long t0 = System.nanoTime();
                progress.step(what);
                try {
                    scored.put(role, BatchScorer.score(model, f.table(), BatchScorer.DEFAULT_BATCH_SIZE,
                            Progress.SILENT).predictions());
                } catch (ModelException e) {
                    throw new ModelException(f.path() + " (" + role + "): " + e.getMessage(), e);
                }
                progress.done(what + ": " + f.table().rowCount() + " rows", (System.nanoTime() - t0) / 1_000_000);
            }
        }
        Map<String, DataFile> out = new LinkedHashMap<>(files);
        List<String> labels = config.task().isClassification() ? labels(config, files, scored.values()) : List.of();
        String positive = config.task() == Task.BINARY ? (config.positiveLabel() != null ? config.positiveLabel()
                : labels.get(labels.size() - 1)) : null;
        for (var e : scored.entrySet()) {
            DataFile f = files.get(e.getKey());
            Table t = withPredictions(config, f.table(), e.getValue(), labels, positive, primary.name());
            out.put(e.getKey(), new DataFile(f.path(), f.format(), f.sha256(), t, f.notes()));
        }
        notes.add(String.join(", ", scored.keySet()) + ": predictions of model '" + primary.name() + "' ("
                + primary.type() + ", " + primary.location() + "), scored by Greenlight");
        return out;
    }

    /** The labels of every dataset with the labels and classes the model predicts, in sorted order. */
    private static List<String> labels(GreenlightConfig config, Map<String, DataFile> files,
                                       Iterable<Predictions> scored) {
        Set<String> predicted = new LinkedHashSet<>();
        for (Predictions p : scored) {
            if (p.labels() != null) {
                Arrays.stream(p.labels()).filter(l -> l != null).forEach(predicted::add);
            }
            if (p.classes() != null) {
                predicted.addAll(p.classes());
            }
        }
        return ClassLabels.collect(OutcomeSpec.of(config), files.values().stream().map(DataFile::table).toList(),
                predicted);
    }

    private static Table withPredictions(GreenlightConfig config, Table t, Predictions p, List<String> labels,
                                         String positive, String model) {
        var columns = config.prediction();
        if (!config.task().isClassification()) {
            if (!p.hasValues()) {
                throw new ModelException("model '" + model + "' gives no predicted values for a "
                        + config.task().key() + " task (it gives " + p.describe() + ")");
            }
            return t.with(NumericColumn.of(columns.value(), p.values()));
        }
        ClassLabels classes = new ClassLabels(labels, positive);
        ClassPredictions c = ClassPredictions.of(p, classes, columns.threshold(), model);
        Table out = t;
        if (columns.label() != null) {
            out = out.with(CategoricalColumn.of(columns.label(), ColumnType.CATEGORICAL, Arrays.asList(c.labels())));
        }
        if (columns.score() != null) {
            double[] s = config.task() == Task.BINARY ? c.scoresOf(classes.positiveIndex()) : null;
            if (s == null) {
                throw new ModelException("model '" + model + "' gives no class probabilities, but the binary task "
                        + "reads a score (the positive class's probability) for " + config.metrics().primary()
                        + " and the other score-based metrics");
            }
            out = out.with(NumericColumn.of(columns.score(), s));
        }
        if (columns.probabilityPrefix() != null && c.probabilities() != null) {
            List<NumericColumn> probs = new ArrayList<>();
            for (int k = 0; k < labels.size(); k++) {
                probs.add(NumericColumn.of(columns.probabilityPrefix() + labels.get(k), c.probabilities()[k]));
            }
            for (NumericColumn n : probs) {
                out = out.with(n);
            }
        }
        return out;
    }
}
