package dev.greenlight.checklist.data;

import dev.greenlight.progress.Progress;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.outcomes.ClassLabels;
import dev.greenlight.outcomes.OutcomeReader;
import dev.greenlight.outcomes.OutcomeSpec;
import dev.greenlight.outcomes.Truth;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NonFiniteValues;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prepares the data of a check run, in order: reads each file once ({@link DatasetFiles}), scores those without
 * prediction columns when the configuration names a model ({@link ModelScoring}), finds the prediction columns
 * ({@link PredictionRoles}) and one label set, selects the features ({@link FeatureSelection}), applies the policy
 * for infinite values ({@link dev.greenlight.table.NonFiniteValues}), reads truth and outcomes
 * ({@link OutcomeReader}) and checks the other columns the configuration names ({@link ConfiguredColumns}).
 * Problems that make the numbers meaningless stop the run with an {@link InvalidDataException}; problems worth
 * knowing about become notes.
 */
public final class DatasetPreparer {
    private final GreenlightConfig config;
    private final Progress progress;
    private final LoadedModels models;
    private final List<String> notes = new ArrayList<>();

    private DatasetPreparer(GreenlightConfig config, Progress progress, LoadedModels models) {
        this.config = config;
        this.progress = progress;
        this.models = models;
    }

    /** Prepares the datasets, loading the primary model anew when it has to score them. */
    public static EvaluationData prepare(GreenlightConfig config, Progress progress) {
        return prepare(config, progress, LoadedModels.uncached());
    }

    /** Prepares the datasets, scoring them with the run's loaded primary model when needed. */
    public static EvaluationData prepare(GreenlightConfig config, Progress progress, LoadedModels models) {
        return new DatasetPreparer(config, progress, models).prepare();
    }

    private EvaluationData prepare() {
        Map<String, DataFile> files = ModelScoring.addPredictions(config, DatasetFiles.read(config, progress, notes),
                progress, notes, models);
        Task task = config.task();
        PredictionRoles roles = PredictionRoles.of(config, files.get("train").table(), files.get("test").table());
        for (var e : files.entrySet()) {
            roles.requirePresent(e.getKey(), e.getValue(), config);
        }
        OutcomeSpec spec = OutcomeSpec.of(config);
        ClassLabels classes = null;
        if (task.isClassification()) {
            classes = ClassLabels.resolve(spec, files.values().stream().map(DataFile::table).toList());
            roles = roles.withProbabilityColumns(classes.labels(), files);
        }
        Map<String, ColumnType> features = FeatureSelection.of(config, files, notes);
        Map<String, PreparedDataset> prepared = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            String role = e.getKey();
            DataFile read = e.getValue();
            DataFile f = new DataFile(read.path(), read.format(), read.sha256(), NonFiniteValues.asMissing(read.table(),
                    features.keySet(), role + " (" + read.fileName() + ")", notes), read.notes());
            Outcomes outcomes = null;
            Truth truth = null;
            if (f.table().has(config.target())) {
                truth = OutcomeReader.truth(f.table(), spec, classes, f.fileName(), notes);
                if (roles.hasPredictions(f.table())) {
                    outcomes = OutcomeReader.outcomes(f.table(), spec, classes, truth, f.path().toString());
                    if (outcomes instanceof ClassificationOutcomes c) {
                        LabelUsage.note(role, c, notes);
                    }
                } else if (role.equals("train")) {
                    notes.add(f.fileName() + " (train) has no prediction columns; train metrics and the "
                            + "overfitting gap cannot be measured");
                }
            }
            prepared.put(role, new PreparedDataset(role, f, truth == null ? null : truth.truth(), outcomes,
                    truth == null ? new int[0] : truth.rows()));
        }
        List<String> labels = classes == null ? List.of() : classes.labels();
        String positive = classes == null ? null : classes.positive();
        ConfiguredColumns.check(config, files, labels);
        return new EvaluationData(task, labels, positive, features, prepared, notes);
    }

}
