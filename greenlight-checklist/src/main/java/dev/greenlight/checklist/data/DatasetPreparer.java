package dev.greenlight.checklist.data;

import dev.greenlight.checklist.Progress;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.model.ModelInputs;
import dev.greenlight.outcomes.ClassLabels;
import dev.greenlight.outcomes.OutcomeReader;
import dev.greenlight.outcomes.OutcomeSpec;
import dev.greenlight.outcomes.Truth;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.NonFiniteValues;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the datasets a configuration names (scoring those without prediction columns when it names a model, see
 * {@link ModelScoring}) and checks that they fit it: target and prediction columns present,
 * scores that are probabilities, one label set, features present in every dataset with one type. Problems that make
 * the numbers meaningless stop the run with an {@link InvalidDataException}; problems worth knowing about become
 * notes.
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
        Map<String, DataFile> files = ModelScoring.addPredictions(config, read(), progress, notes, models);
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
        Map<String, ColumnType> features = features(files);
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
                        noteLabelUsage(role, c);
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
        checkNamedColumns(files.get("test"), config.sensitive(), "/sensitive", "sensitive attribute");
        checkNamedColumns(files.get("test"), config.slices(), "/slices", "slice column");
        String unit = config.metrics().aggregateBy();
        if (unit != null && !files.get("test").table().has(unit)) {
            throw new InvalidDataException(config.locations().describe("/metrics/aggregate_by", "the evaluation unit "
                    + "column '" + unit + "' is not a column of " + files.get("test").fileName()
                    + Suggestions.didYouMean(unit, files.get("test").table().columnNames())));
        }
        checkPriors(labels);
        for (int i = 0; i < config.baselines().size(); i++) {
            String column = config.baselines().get(i).column();
            if (column != null && !files.get("test").table().has(column)) {
                throw new InvalidDataException(config.locations().describe("/baselines/" + i + "/column", "the "
                        + "baseline column '" + column + "' is not a column of " + files.get("test").fileName()
                        + Suggestions.didYouMean(column, files.get("test").table().columnNames())));
            }
        }
        return new EvaluationData(task, labels, positive, features, prepared, notes);
    }

    private Map<String, DataFile> read() {
        Set<String> numeric = new HashSet<>();
        var p = config.prediction();
        addIfSet(numeric, p.score());
        addIfSet(numeric, p.value());
        addIfSet(numeric, config.columns().weight());
        if (p.probabilities() != null) {
            numeric.addAll(p.probabilities().values());
        }
        if (!config.task().isClassification()) {
            numeric.add(config.target());
        }
        ReadOptions options = new ReadOptions(config.features().types(), numeric);
        Map<String, DataFile> files = new LinkedHashMap<>();
        // each file is read once per run, even when two roles name it
        Map<Path, DataFile> read = new HashMap<>();
        for (Map.Entry<String, Path> e : config.datasets().declared().entrySet()) {
            DataFile same = read.get(e.getValue().toAbsolutePath().normalize());
            if (same != null) {
                files.put(e.getKey(), same);
                continue;
            }
            String what = "reading " + e.getKey() + " data (" + e.getValue().getFileName() + ")";
            long t0 = System.nanoTime();
            progress.step(what);
            DataFile f = TableReader.read(e.getValue(), options);
            read.put(e.getValue().toAbsolutePath().normalize(), f);
            progress.done(what + ": " + f.table().rowCount() + " rows, " + f.table().columnCount() + " columns",
                    (System.nanoTime() - t0) / 1_000_000);
            f.notes().forEach(n -> notes.add(n));
            files.put(e.getKey(), f);
        }
        return files;
    }

    private static void addIfSet(Set<String> set, String v) {
        if (v != null) {
            set.add(v);
        }
    }

    private void noteLabelUsage(String role, ClassificationOutcomes o) {
        if (!o.hasPredictions()) {
            return;
        }
        boolean[] inTruth = new boolean[o.classCount()];
        boolean[] inPred = new boolean[o.classCount()];
        for (int i = 0; i < o.size(); i++) {
            inTruth[o.yTrue()[i]] = true;
            inPred[o.yPred()[i]] = true;
        }
        List<String> neverPredicted = new ArrayList<>();
        List<String> neverTrue = new ArrayList<>();
        for (int k = 0; k < o.classCount(); k++) {
            if (inTruth[k] && !inPred[k]) {
                neverPredicted.add(o.labels().get(k));
            }
            if (inPred[k] && !inTruth[k]) {
                neverTrue.add(o.labels().get(k));
            }
        }
        if (!neverPredicted.isEmpty()) {
            notes.add(role + ": the model never predicts the label(s) " + neverPredicted + " that occur in the "
                    + "target");
        }
        if (!neverTrue.isEmpty()) {
            notes.add(role + ": the model predicts the label(s) " + neverTrue + " that never occur in the target");
        }
    }

    private Map<String, ColumnType> features(Map<String, DataFile> files) {
        Table train = files.get("train").table();
        // the models of the run are fed the same selection (ModelScoring, ModelOutcomes.context)
        List<String> names = ModelInputs.defaultFeatures(config, train);
        if (config.features().include() != null) {
            List<String> include = config.features().include();
            for (int i = 0; i < include.size(); i++) {
                if (!train.has(include.get(i))) {
                    throw new InvalidDataException(config.locations().describe("/features/include/" + i,
                            "feature '" + include.get(i) + "' is not a column of " + files.get("train").fileName()
                                    + Suggestions.didYouMean(include.get(i), train.columnNames())));
                }
            }
        } else {
            for (String c : train.columnNames()) {
                if (ModelInputs.isUnnamedIdentifier(c, train)) {
                    notes.add("Column '" + c + "' is not used as a feature: it identifies rows (a distinct value in "
                            + "every row of " + files.get("train").fileName() + "); declare it as columns.id, or "
                            + "list it under features.include to use it anyway.");
                }
            }
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        for (String name : names) {
            Column reference = train.column(name);
            types.put(name, reference.type());
            for (var e : files.entrySet()) {
                Table t = e.getValue().table();
                if (!t.has(name)) {
                    throw new InvalidDataException(e.getValue().path() + ": feature '" + name + "' (a column of "
                            + files.get("train").fileName() + ") is missing" + Suggestions.didYouMean(name,
                            t.columnNames()) + "; add it, or list it under features.exclude");
                }
                Column c = t.column(name);
                if (c.type().isNumericStorage() != reference.type().isNumericStorage()) {
                    throw new InvalidDataException(e.getValue().path() + ": feature '" + name + "' is "
                            + c.type().key() + " here but " + reference.type().key() + " in "
                            + files.get("train").fileName() + "; declare its type under features.types, or fix "
                            + "the values that differ");
                }
            }
        }
        return types;
    }

    private void checkPriors(List<String> labels) {
        var priors = config.metrics().productionPriors();
        if (priors.isEmpty()) {
            return;
        }
        for (String label : priors.keySet()) {
            if (!labels.contains(label)) {
                throw new InvalidDataException(config.locations().describe("/metrics/production_priors",
                        "class '" + label + "' is not a label of the data" + Suggestions.didYouMean(label, labels)
                                + "; the labels are " + labels));
            }
        }
        for (String label : labels) {
            if (!priors.containsKey(label)) {
                throw new InvalidDataException(config.locations().describe("/metrics/production_priors",
                        "no production share for class '" + label + "'; give one for each of " + labels));
            }
        }
    }

    private void checkNamedColumns(DataFile test, List<String> names, String path, String what) {
        for (int i = 0; i < names.size(); i++) {
            if (!test.table().has(names.get(i))) {
                throw new InvalidDataException(config.locations().describe(path + "/" + i, what + " '"
                        + names.get(i) + "' is not a column of " + test.fileName()
                        + Suggestions.didYouMean(names.get(i), test.table().columnNames())));
            }
        }
    }

    private static String preview(List<String> labels) {
        return labels.size() <= 10 ? String.join(", ", labels)
                : String.join(", ", labels.subList(0, 10)) + ", ...";
    }
}
