package dev.greenlight.checklist.data;

import dev.greenlight.baseline.TrainingTruth;
import dev.greenlight.checklist.Progress;
import dev.greenlight.config.GreenlightConfig;
import dev.greenlight.error.InvalidDataException;
import dev.greenlight.io.DataFile;
import dev.greenlight.io.ReadOptions;
import dev.greenlight.io.TableReader;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Labels;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;
import dev.greenlight.metrics.Task;
import dev.greenlight.table.Column;
import dev.greenlight.table.ColumnType;
import dev.greenlight.table.Columns;
import dev.greenlight.table.Identifiers;
import dev.greenlight.table.NumericColumn;
import dev.greenlight.table.Table;
import dev.greenlight.text.Suggestions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    /** Tolerance on the sum of a row's class probabilities. */
    static final double PROBABILITY_SUM_TOLERANCE = 1e-3;

    private final GreenlightConfig config;
    private final Progress progress;
    private final List<String> notes = new ArrayList<>();

    private DatasetPreparer(GreenlightConfig config, Progress progress) {
        this.config = config;
        this.progress = progress;
    }

    public static EvaluationData prepare(GreenlightConfig config, Progress progress) {
        return new DatasetPreparer(config, progress).prepare();
    }

    private EvaluationData prepare() {
        Map<String, DataFile> files = ModelScoring.addPredictions(config, read(), progress, notes);
        Task task = config.task();
        PredictionRoles roles = PredictionRoles.of(config, files.get("train").table(), files.get("test").table());
        for (var e : files.entrySet()) {
            roles.requirePresent(e.getKey(), e.getValue(), config);
        }
        List<String> labels = List.of();
        String positive = null;
        if (task.isClassification()) {
            labels = classLabels(files, roles);
            positive = positiveLabel(labels);
            roles = roles.withProbabilityColumns(labels, files);
        }
        Map<String, PreparedDataset> prepared = new LinkedHashMap<>();
        for (var e : files.entrySet()) {
            String role = e.getKey();
            DataFile f = e.getValue();
            boolean labelled = f.table().has(config.target());
            Outcomes outcomes = null;
            TrainingTruth truth = null;
            int[] used = new int[0];
            if (labelled) {
                used = rowsWithTruth(f);
                truth = truth(f, labels, used);
                if (roles.hasPredictions(f.table())) {
                    outcomes = task.isClassification()
                            ? classification(f, roles, labels, labels.indexOf(positive), truth, used)
                            : regression(f, roles, truth, used);
                    if (task.isClassification()) {
                        noteLabelUsage(role, (ClassificationOutcomes) outcomes);
                    }
                } else if (role.equals("train")) {
                    notes.add(f.fileName() + " (train) has no prediction columns; train metrics and the "
                            + "overfitting gap cannot be measured");
                }
            }
            prepared.put(role, new PreparedDataset(role, f, truth, outcomes, used));
        }
        Map<String, ColumnType> features = features(files, roles);
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
        for (Map.Entry<String, Path> e : config.datasets().declared().entrySet()) {
            String what = "reading " + e.getKey() + " data (" + e.getValue().getFileName() + ")";
            long t0 = System.nanoTime();
            progress.step(what);
            DataFile f = TableReader.read(e.getValue(), options);
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

    private List<String> classLabels(Map<String, DataFile> files, PredictionRoles roles) {
        Set<String> seen = new LinkedHashSet<>();
        for (DataFile f : files.values()) {
            f.table().find(config.target()).ifPresent(c -> distinctText(c, seen));
            if (roles.label() != null) {
                f.table().find(roles.label()).ifPresent(c -> distinctText(c, seen));
            }
        }
        List<String> labels = Labels.sorted(seen);
        if (config.task() == Task.BINARY) {
            if (labels.size() > 2) {
                throw new InvalidDataException("the task is binary, but the target and predicted labels hold "
                        + labels.size() + " classes (" + preview(labels) + "); declare 'task: multiclass' in "
                        + config.file().getFileName() + " or fix the labels");
            }
            if (labels.size() < 2 && config.positiveLabel() != null && !labels.contains(config.positiveLabel())) {
                labels = Labels.sorted(List.of(labels.get(0), config.positiveLabel()));
            }
            if (labels.size() < 2) {
                throw new InvalidDataException("the task is binary, but every dataset's target and predictions "
                        + "hold the single class '" + (labels.isEmpty() ? "" : labels.get(0)) + "'");
            }
        } else if (labels.size() < 2) {
            throw new InvalidDataException("the task is multiclass, but the labels hold " + labels.size()
                    + " class(es): " + labels);
        }
        return labels;
    }

    private String positiveLabel(List<String> labels) {
        if (config.task() != Task.BINARY) {
            return null;
        }
        String positive = config.positiveLabel();
        if (positive == null) {
            return labels.get(labels.size() - 1);
        }
        if (!labels.contains(positive)) {
            throw new InvalidDataException(config.locations().describe("/positive_label", "positive label '"
                    + positive + "' is not one of the labels in the data: " + labels));
        }
        return positive;
    }

    private static void distinctText(Column c, Set<String> out) {
        for (int i = 0; i < c.size(); i++) {
            String v = c.format(i);
            if (v != null) {
                out.add(v);
            }
        }
    }

    /** Rows with a present target; the others are left out of every metric, with a note. */
    private int[] rowsWithTruth(DataFile f) {
        Column target = f.table().column(config.target());
        int[] rows = new int[f.table().rowCount() - target.missingCount()];
        int k = 0;
        for (int i = 0; i < target.size(); i++) {
            if (!target.isMissing(i)) {
                rows[k++] = i;
            }
        }
        if (target.missingCount() > 0) {
            notes.add(f.fileName() + ": " + target.missingCount() + " of " + target.size() + " rows have no value in "
                    + "the target column '" + config.target() + "' and are left out of the metrics");
        }
        if (rows.length == 0) {
            throw new InvalidDataException(f.path() + ": every row's target '" + config.target() + "' is missing");
        }
        return rows;
    }

    /** The labels of the given rows: class indices for classification, numbers for regression. */
    private TrainingTruth truth(DataFile f, List<String> labels, int[] rows) {
        double[] weights = weights(f, rows);
        if (!config.task().isClassification()) {
            return new TrainingTruth(null, numbers(f, config.target(), rows, "target"), weights);
        }
        Map<String, Integer> index = labelIndex(labels);
        Column target = f.table().column(config.target());
        int[] yTrue = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            yTrue[i] = index.get(target.format(rows[i]));
        }
        return new TrainingTruth(yTrue, null, weights);
    }

    private static Map<String, Integer> labelIndex(List<String> labels) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int k = 0; k < labels.size(); k++) {
            index.put(labels.get(k), k);
        }
        return index;
    }

    private ClassificationOutcomes classification(DataFile f, PredictionRoles roles, List<String> labels,
                                                  int positive, TrainingTruth truth, int[] rows) {
        Map<String, Integer> index = labelIndex(labels);
        int[] yTrue = truth.classes();
        double[] weights = truth.weights();
        if (config.task() == Task.BINARY) {
            double[] scores = roles.score() == null ? null : probabilities(f, roles.score(), rows);
            int[] yPred = roles.label() != null ? predictedLabels(f, roles.label(), index, rows)
                    : thresholded(scores, positive, config.prediction().threshold());
            return ClassificationOutcomes.binary(labels, positive, yTrue, yPred, scores, weights);
        }
        double[][] probs = null;
        if (roles.probabilityColumns() != null) {
            probs = new double[labels.size()][];
            for (int k = 0; k < labels.size(); k++) {
                probs[k] = probabilities(f, roles.probabilityColumns().get(labels.get(k)), rows);
            }
            checkRowSums(f, roles, labels, probs, rows);
        }
        int[] yPred = roles.label() != null ? predictedLabels(f, roles.label(), index, rows) : argmax(probs);
        return ClassificationOutcomes.multiclass(labels, yTrue, yPred, probs, weights);
    }

    private int[] predictedLabels(DataFile f, String column, Map<String, Integer> index, int[] rows) {
        Column c = f.table().column(column);
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            String v = c.format(rows[i]);
            if (v == null) {
                throw new InvalidDataException(f.path() + ", column '" + column + "': data row " + (rows[i] + 1)
                        + " has no predicted label; every labelled row needs a prediction");
            }
            out[i] = index.get(v);
        }
        return out;
    }

    private static int[] thresholded(double[] scores, int positive, double threshold) {
        int[] out = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            out[i] = scores[i] >= threshold ? positive : 1 - positive;
        }
        return out;
    }

    private static int[] argmax(double[][] probs) {
        int n = probs[0].length;
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int k = 1; k < probs.length; k++) {
                if (probs[k][i] > probs[best][i]) {
                    best = k;
                }
            }
            out[i] = best;
        }
        return out;
    }

    /** Values of a probability column on the given rows; a missing value or one outside [0, 1] is an error. */
    private double[] probabilities(DataFile f, String column, int[] rows) {
        double[] v = numbers(f, column, rows, "score");
        for (int i = 0; i < v.length; i++) {
            if (v[i] < 0 || v[i] > 1) {
                throw new InvalidDataException(f.path() + ", column '" + column + "': data row " + (rows[i] + 1)
                        + " holds " + v[i] + ", but scores must be probabilities in [0, 1] (pass predict_proba "
                        + "output, not a decision function or logit)");
            }
        }
        return v;
    }

    private double[] numbers(DataFile f, String column, int[] rows, String what) {
        Column c = f.table().column(column);
        NumericColumn n = Columns.asNumeric(c).orElseThrow(() -> new InvalidDataException(f.path() + ", column '"
                + column + "': expected numbers for the " + what + ", found " + c.type().key() + " values"));
        double[] out = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = n.get(rows[i]);
            if (Double.isNaN(out[i])) {
                throw new InvalidDataException(f.path() + ", column '" + column + "': data row " + (rows[i] + 1)
                        + " has no " + what + "; every labelled row needs one");
            }
        }
        return out;
    }

    private void checkRowSums(DataFile f, PredictionRoles roles, List<String> labels, double[][] probs, int[] rows) {
        for (int i = 0; i < rows.length; i++) {
            double sum = 0;
            for (double[] p : probs) {
                sum += p[i];
            }
            if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE) {
                throw new InvalidDataException(f.path() + ": the class probabilities of data row " + (rows[i] + 1)
                        + " sum to " + sum + ", expected 1 (within " + PROBABILITY_SUM_TOLERANCE + "); columns "
                        + roles.probabilityColumns().values());
            }
        }
    }

    private double[] weights(DataFile f, int[] rows) {
        String w = config.columns().weight();
        if (w == null) {
            return null;
        }
        double[] out = numbers(f, w, rows, "sample weight");
        for (int i = 0; i < out.length; i++) {
            if (out[i] < 0) {
                throw new InvalidDataException(f.path() + ", column '" + w + "': data row " + (rows[i] + 1)
                        + " holds the negative weight " + out[i]);
            }
        }
        return out;
    }

    private RegressionOutcomes regression(DataFile f, PredictionRoles roles, TrainingTruth truth, int[] rows) {
        double[] yPred = numbers(f, roles.value(), rows, "predicted value");
        return new RegressionOutcomes(truth.values(), yPred, truth.weights());
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

    private Map<String, ColumnType> features(Map<String, DataFile> files, PredictionRoles roles) {
        Table train = files.get("train").table();
        Set<String> roleColumns = roles.columns(config);
        List<String> names;
        if (config.features().include() != null) {
            names = new ArrayList<>(config.features().include());
            for (int i = 0; i < names.size(); i++) {
                if (!train.has(names.get(i))) {
                    throw new InvalidDataException(config.locations().describe("/features/include/" + i,
                            "feature '" + names.get(i) + "' is not a column of " + files.get("train").fileName()
                                    + Suggestions.didYouMean(names.get(i), train.columnNames())));
                }
            }
        } else {
            names = new ArrayList<>();
            for (String c : train.columnNames()) {
                if (roleColumns.contains(c)) {
                    continue;
                }
                if (Identifiers.isIdentifierName(c) && Identifiers.isIdentifier(train.column(c))) {
                    notes.add("Column '" + c + "' is not used as a feature: it identifies rows (a distinct value in "
                            + "every row of " + files.get("train").fileName() + "); declare it as columns.id, or "
                            + "list it under features.include to use it anyway.");
                    continue;
                }
                names.add(c);
            }
        }
        names.removeAll(config.features().exclude());
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
