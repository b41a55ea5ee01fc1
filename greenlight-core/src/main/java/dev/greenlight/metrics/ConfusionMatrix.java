package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;

/**
 * The (weighted) confusion matrix of predicted against true classes, as {@code sklearn.metrics.confusion_matrix}
 * with {@code labels} = the outcomes' labels: {@code count(t, p)} is the total weight of the rows of true class
 * {@code t} predicted as {@code p} (the number of rows without weights). Every label-based metric (accuracy,
 * balanced accuracy, precision/recall/F1, MCC, Cohen's kappa) is a function of it, so one pass over the rows
 * serves them all.
 */
public final class ConfusionMatrix {
    private final List<String> labels;
    private final double[][] counts;
    private final int rows;

    private ConfusionMatrix(List<String> labels, double[][] counts, int rows) {
        this.labels = List.copyOf(labels);
        this.counts = counts;
        this.rows = rows;
    }

    /**
     * The confusion matrix of the outcomes' predictions (given, or derived from scores as
     * {@link ClassificationOutcomes#predictions()} says).
     *
     * @throws InvalidDataException when there are neither predictions nor scores
     */
    public static ConfusionMatrix of(ClassificationOutcomes o) {
        int[] predicted = o.predictions();
        if (predicted == null) {
            throw new InvalidDataException("no predicted labels and no scores to derive them from");
        }
        return of(o.labels(), o.yTrue(), predicted, o.weights());
    }

    /**
     * Counts true against predicted class indices.
     *
     * @param weights per-row weights, or {@code null}
     * @throws InvalidDataException when a class index is outside {@code labels}
     */
    public static ConfusionMatrix of(List<String> labels, int[] yTrue, int[] yPred, double[] weights) {
        if (yPred.length != yTrue.length) {
            throw new InvalidDataException("y_pred has " + yPred.length + " rows, y_true has " + yTrue.length);
        }
        int k = labels.size();
        double[][] counts = new double[k][k];
        for (int i = 0; i < yTrue.length; i++) {
            int t = yTrue[i];
            int p = yPred[i];
            if (t < 0 || t >= k || p < 0 || p >= k) {
                throw new InvalidDataException("row " + i + ": class index " + (t < 0 || t >= k ? t : p)
                        + " is not one of the " + k + " labels " + labels);
            }
            counts[t][p] += Checks.weight(weights, i);
        }
        return new ConfusionMatrix(labels, counts, yTrue.length);
    }

    /**
     * A matrix of counts made elsewhere (the merged partial counts of a distributed job), so every label metric is
     * computed from it by the same code as from rows.
     *
     * @param counts {@code [true][predicted]} weights, a square array of {@code labels.size()} rows; copied
     * @param rows   the number of rows counted
     * @throws InvalidDataException when {@code counts} is not square with one row per label
     */
    public static ConfusionMatrix ofCounts(List<String> labels, double[][] counts, int rows) {
        int k = labels.size();
        double[][] copy = new double[k][];
        if (counts.length != k) {
            throw new InvalidDataException("expected " + k + " rows of counts, one per label " + labels
                    + ", found " + counts.length);
        }
        for (int t = 0; t < k; t++) {
            if (counts[t].length != k) {
                throw new InvalidDataException("row " + t + " of the counts has " + counts[t].length
                        + " entries, expected " + k);
            }
            copy[t] = counts[t].clone();
        }
        return new ConfusionMatrix(labels, copy, rows);
    }

    public List<String> labels() {
        return labels;
    }

    /** Number of classes. */
    public int size() {
        return labels.size();
    }

    /** Number of rows counted (not their weight). */
    public int rows() {
        return rows;
    }

    /** Weight of the rows of true class {@code t} predicted as {@code p}. */
    public double count(int t, int p) {
        return counts[t][p];
    }

    /** A copy of the matrix, {@code [true][predicted]}. */
    public double[][] counts() {
        double[][] out = new double[counts.length][];
        for (int t = 0; t < counts.length; t++) {
            out[t] = counts[t].clone();
        }
        return out;
    }

    /**
     * Each row divided by its total ({@code normalize='true'}): entry (t, p) is the share of class t predicted as p.
     * A class with no rows gets a row of zeros, as scikit-learn's {@code nan_to_num}.
     */
    public double[][] normalizedByTrue() {
        double[][] out = counts();
        for (int t = 0; t < out.length; t++) {
            double total = trueTotal(t);
            for (int p = 0; p < out.length; p++) {
                out[t][p] = total == 0.0 ? 0.0 : out[t][p] / total;
            }
        }
        return out;
    }

    /** Total weight of all rows. */
    public double total() {
        double sum = 0.0;
        for (int t = 0; t < counts.length; t++) {
            sum += trueTotal(t);
        }
        return sum;
    }

    /** Weight of the rows whose true class is {@code t} (the support of t). */
    public double trueTotal(int t) {
        double sum = 0.0;
        for (double c : counts[t]) {
            sum += c;
        }
        return sum;
    }

    /** Weight of the rows predicted as {@code p}. */
    public double predictedTotal(int p) {
        double sum = 0.0;
        for (double[] row : counts) {
            sum += row[p];
        }
        return sum;
    }

    /** Weight of the correctly predicted rows (the trace). */
    public double correct() {
        double sum = 0.0;
        for (int k = 0; k < counts.length; k++) {
            sum += counts[k][k];
        }
        return sum;
    }

    /** Per-class precision, recall and F1 with {@code zero_division=0}. */
    public PerClassScores perClass() {
        return PerClassScores.of(this);
    }

    /** Accuracy: the weighted share of correct predictions ({@code accuracy_score}). */
    public MetricValue accuracy() {
        double total = total();
        if (!(total > 0)) {
            return noRows("accuracy");
        }
        return MetricValue.of("accuracy", correct() / total, rows);
    }

    /**
     * Balanced accuracy ({@code balanced_accuracy_score}, not adjusted): the mean recall over the classes present in
     * y_true; classes that are only predicted do not count (scikit-learn warns about them).
     */
    public MetricValue balancedAccuracy() {
        double sum = 0.0;
        int present = 0;
        for (int t = 0; t < counts.length; t++) {
            double total = trueTotal(t);
            if (total != 0.0) {
                sum += counts[t][t] / total;
                present++;
            }
        }
        if (present == 0) {
            return noRows("balanced_accuracy");
        }
        return MetricValue.of("balanced_accuracy", sum / present, rows);
    }

    /**
     * Matthews correlation coefficient, multiclass form of Gorodkin (2004) as {@code matthews_corrcoef}:
     * {@code (c*s - sum_k t_k p_k) / sqrt((s^2 - sum p_k^2) (s^2 - sum t_k^2))}. Returns 0.0 when the denominator is 0
     * (one class only in y_true or in y_pred), scikit-learn's convention.
     */
    public MetricValue matthewsCorrelation() {
        double s = total();
        if (!(s > 0)) {
            return noRows("matthews_corrcoef");
        }
        double tp = 0.0;
        double pp = 0.0;
        double tt = 0.0;
        for (int k = 0; k < counts.length; k++) {
            double t = trueTotal(k);
            double p = predictedTotal(k);
            tp += t * p;
            pp += p * p;
            tt += t * t;
        }
        double covYtYp = correct() * s - tp;
        double covYpYp = s * s - pp;
        double covYtYt = s * s - tt;
        double value = covYpYp * covYtYt == 0.0 ? 0.0 : covYtYp / Math.sqrt(covYtYt * covYpYp);
        return MetricValue.of("matthews_corrcoef", value, rows);
    }

    /**
     * Cohen's kappa of y_true against y_pred as two raters, over this matrix's labels ({@code cohen_kappa_score}).
     *
     * @see CohenKappa#of(double[][], KappaWeighting, int)
     */
    public MetricValue cohenKappa(KappaWeighting weighting) {
        if (!(total() > 0)) {
            return noRows(weighting.metricName());
        }
        return CohenKappa.of(counts, weighting, rows);
    }

    private MetricValue noRows(String metric) {
        return MetricValue.undefined(metric, rows, rows == 0 ? "no rows" : "all rows have zero weight");
    }
}
