package dev.greenlight.monitor;

import dev.greenlight.stats.SampleMoments;
import dev.greenlight.metrics.ScoreOrder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Confidence-based performance estimation (NannyML's CBPE): with calibrated scores, a row of score {@code p} is a
 * true positive with probability {@code p} when predicted positive, a false positive with {@code 1 - p}, and so
 * on; summing over a chunk gives the expected confusion matrix, and every metric follows from it. ROC AUC is the
 * area under the expected ROC curve: walking the rows by descending score, the expected true-positive count grows
 * by {@code p} and the false-positive count by {@code 1 - p}.
 *
 * <p>Sampling error follows NannyML's rule, the standard error of the mean scaled to the chunk's size: the
 * per-row spread is taken from the reference. For ROC AUC the per-row terms are DeLong's placement values
 * (DeLong et al. 1988), so the error is {@code sqrt(var(V10) / (n pi) + var(V01) / (n (1 - pi)))} with the
 * reference's prevalence {@code pi}; for a ratio of counts (accuracy, precision, recall, F1) it is the
 * delta-method error of a ratio of means.
 */
final class Cbpe {
    /** Metrics CBPE estimates, per task. */
    static final List<String> BINARY = List.of("roc_auc", "accuracy", "precision", "recall", "f1");
    static final List<String> MULTICLASS = List.of("roc_auc", "accuracy", "f1_macro");

    private final ModelOutputs.ClassSet classes;
    private final IsotonicCalibration[] calibrators;
    private final List<String> metrics;
    /** Per metric: the per-row standard deviation component (the error at n rows is this / sqrt(n)). */
    private final Map<String, Double> unitError = new LinkedHashMap<>();

    private Cbpe(ModelOutputs.ClassSet classes, IsotonicCalibration[] calibrators, List<String> metrics) {
        this.classes = classes;
        this.calibrators = calibrators;
        this.metrics = metrics;
    }

    /** The metrics among {@code wanted} that CBPE can estimate from these outputs. */
    static List<String> estimable(List<String> wanted, ModelOutputs out, ModelOutputs.ClassSet classes) {
        List<String> ok = new ArrayList<>();
        boolean hasScores = classes.isBinary() ? out.scores != null : out.probabilities != null;
        for (String m : wanted) {
            boolean known = (classes.isBinary() ? BINARY : MULTICLASS).contains(m);
            boolean needsPred = !m.equals("roc_auc");
            if (known && hasScores && (!needsPred || out.predictedClass != null)) {
                ok.add(m);
            }
        }
        return ok;
    }

    static Cbpe fit(ModelOutputs ref, int[] truth, ModelOutputs.ClassSet classes, List<String> metrics,
                    String calibration, long seed) {
        int k = classes.isBinary() ? 1 : classes.size();
        IsotonicCalibration[] cal = new IsotonicCalibration[k];
        boolean any = false;
        for (int c = 0; c < k; c++) {
            double[] s = classes.isBinary() ? ref.scores : ref.probabilities[c];
            int positive = classes.isBinary() ? classes.positive() : c;
            double[] y = new double[truth.length];
            for (int i = 0; i < y.length; i++) {
                y[i] = truth[i] == positive ? 1 : 0;
            }
            boolean calibrate = switch (calibration) {
                case "always" -> true;
                case "never" -> false;
                default -> IsotonicCalibration.improves(s, y, seed);
            };
            if (calibrate) {
                cal[c] = IsotonicCalibration.fit(s, y);
                any = true;
            }
        }
        if (!classes.isBinary() && any) { // calibrate all classes together, so the rows still sum to one
            for (int c = 0; c < k; c++) {
                if (cal[c] == null) {
                    double[] y = new double[truth.length];
                    for (int i = 0; i < y.length; i++) {
                        y[i] = truth[i] == c ? 1 : 0;
                    }
                    cal[c] = IsotonicCalibration.fit(ref.probabilities[c], y);
                }
            }
        }
        Cbpe cbpe = new Cbpe(classes, cal, metrics);
        cbpe.learnErrors(ref, truth);
        return cbpe;
    }

    boolean calibrated() {
        return Arrays.stream(calibrators).anyMatch(c -> c != null);
    }

    List<String> metrics() {
        return metrics;
    }

    /** The standard error of a metric's estimate on a chunk of {@code n} rows. */
    double samplingError(String metric, int n) {
        return unitError.getOrDefault(metric, Double.NaN) / Math.sqrt(n);
    }

    /** Estimates on the given rows: metric to value. */
    Map<String, Double> estimate(ModelOutputs out, int[] rows) {
        Map<String, Double> est = new LinkedHashMap<>();
        if (classes.isBinary()) {
            double[] s = ModelOutputs.pick(out.scores, rows);
            double[] p = calibrators[0] == null ? s : calibrators[0].apply(s);
            int[] pred = out.predictedClass == null ? null : ModelOutputs.pick(out.predictedClass, rows);
            for (String m : metrics) {
                est.put(m, m.equals("roc_auc") ? expectedAuc(s, p) : binaryCount(m, p, pred, classes.positive()));
            }
            return est;
        }
        int k = classes.size();
        double[][] p = new double[k][];
        for (int c = 0; c < k; c++) {
            double[] s = ModelOutputs.pick(out.probabilities[c], rows);
            p[c] = calibrators[c] == null ? s : calibrators[c].apply(s);
        }
        for (int i = 0; i < rows.length; i++) { // renormalise calibrated rows to sum to one
            double sum = 0;
            for (int c = 0; c < k; c++) {
                sum += p[c][i];
            }
            for (int c = 0; c < k && sum > 0; c++) {
                p[c][i] /= sum;
            }
        }
        int[] pred = out.predictedClass == null ? null : ModelOutputs.pick(out.predictedClass, rows);
        for (String m : metrics) {
            switch (m) {
                case "roc_auc" -> {
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        sum += expectedAuc(ModelOutputs.pick(out.probabilities[c], rows), p[c]);
                    }
                    est.put(m, sum / k);
                }
                case "accuracy" -> {
                    double sum = 0;
                    for (int i = 0; i < rows.length; i++) {
                        sum += p[pred[i]][i];
                    }
                    est.put(m, sum / rows.length);
                }
                default -> { // f1_macro
                    double sum = 0;
                    for (int c = 0; c < k; c++) {
                        sum += binaryCount("f1", p[c], oneVsRest(pred, c), 1);
                    }
                    est.put(m, sum / k);
                }
            }
        }
        return est;
    }

    private static int[] oneVsRest(int[] pred, int c) {
        int[] out = new int[pred.length];
        for (int i = 0; i < pred.length; i++) {
            out[i] = pred[i] == c ? 1 : 0;
        }
        return out;
    }

    /** A metric of the expected confusion matrix; p is the probability of the positive class. */
    static double binaryCount(String metric, double[] p, int[] pred, int positive) {
        double tp = 0;
        double fp = 0;
        double fn = 0;
        double tn = 0;
        for (int i = 0; i < p.length; i++) {
            if (pred[i] == positive) {
                tp += p[i];
                fp += 1 - p[i];
            } else {
                fn += p[i];
                tn += 1 - p[i];
            }
        }
        return switch (metric) {
            case "accuracy" -> (tp + tn) / p.length;
            case "precision" -> tp + fp == 0 ? Double.NaN : tp / (tp + fp);
            case "recall" -> tp + fn == 0 ? Double.NaN : tp / (tp + fn);
            default -> 2 * tp + fp + fn == 0 ? Double.NaN : 2 * tp / (2 * tp + fp + fn);
        };
    }

    /**
     * The area under the expected ROC curve: rows ordered by the model's own score (descending, tied scores as one
     * step), each adding its calibrated probability to the expected true positives and the rest to the false.
     */
    static double expectedAuc(double[] score, double[] p) {
        int n = score.length;
        ScoreOrder order = ScoreOrder.of(score);
        double totalTp = 0;
        for (double v : p) {
            totalTp += v;
        }
        double totalFp = n - totalTp;
        if (totalTp <= 0 || totalFp <= 0) {
            return Double.NaN;
        }
        double tp = 0;
        double area = 0;
        for (int i = n - 1; i >= 0; ) { // descending score
            int j = i;
            double dtp = 0;
            double dfp = 0;
            while (j >= 0 && order.score(j) == order.score(i)) {
                dtp += p[order.row(j)];
                dfp += 1 - p[order.row(j)];
                j--;
            }
            area += dfp * (tp + tp + dtp) / 2;
            tp += dtp;
            i = j;
        }
        return area / (totalTp * totalFp);
    }

    private void learnErrors(ModelOutputs ref, int[] truth) {
        int n = truth.length;
        if (classes.isBinary()) {
            int pos = classes.positive();
            for (String m : metrics) {
                if (m.equals("roc_auc")) {
                    unitError.put(m, aucUnitError(ref.scores, truth, pos));
                } else {
                    unitError.put(m, ratioUnitError(m, truth, ref.predictedClass, pos));
                }
            }
            return;
        }
        int k = classes.size();
        for (String m : metrics) {
            switch (m) {
                case "roc_auc" -> {
                    double sq = 0;
                    for (int c = 0; c < k; c++) {
                        double e = aucUnitError(ref.probabilities[c], truth, c);
                        sq += e * e;
                    }
                    unitError.put(m, Math.sqrt(sq) / k);
                }
                case "accuracy" -> unitError.put(m, ratioUnitError("accuracy", truth, ref.predictedClass, -1));
                default -> {
                    double sq = 0;
                    for (int c = 0; c < k; c++) {
                        int[] t = oneVsRest(truth, c);
                        double e = ratioUnitError("f1", t, oneVsRest(ref.predictedClass, c), 1);
                        sq += e * e;
                    }
                    unitError.put(m, Math.sqrt(sq) / k);
                }
            }
        }
        if (n == 0) {
            unitError.clear();
        }
    }

    /** sqrt(var(V10) / pi + var(V01) / (1 - pi)): the DeLong standard error of AUC times sqrt(n). */
    static double aucUnitError(double[] score, int[] truth, int positive) {
        int np = 0;
        for (int t : truth) {
            np += t == positive ? 1 : 0;
        }
        int nn = truth.length - np;
        if (np < 2 || nn < 2) {
            return Double.NaN;
        }
        double[] pos = new double[np];
        double[] neg = new double[nn];
        int a = 0;
        int b = 0;
        for (int i = 0; i < truth.length; i++) {
            if (truth[i] == positive) {
                pos[a++] = score[i];
            } else {
                neg[b++] = score[i];
            }
        }
        Arrays.sort(pos);
        Arrays.sort(neg);
        double[] v10 = new double[np];
        for (int i = 0; i < np; i++) {
            v10[i] = (below(neg, pos[i]) + 0.5 * equal(neg, pos[i])) / nn;
        }
        double[] v01 = new double[nn];
        for (int j = 0; j < nn; j++) {
            v01[j] = (np - below(pos, neg[j]) - equal(pos, neg[j]) + 0.5 * equal(pos, neg[j])) / np;
        }
        double pi = (double) np / truth.length;
        return Math.sqrt(SampleMoments.variance(v10) / pi + SampleMoments.variance(v01) / (1 - pi));
    }

    private static int below(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int equal(double[] sorted, double x) {
        int lo = below(sorted, x);
        int hi = lo;
        while (hi < sorted.length && sorted[hi] == x) {
            hi++;
        }
        return hi - lo;
    }

    /**
     * The delta-method standard error of a ratio of per-row means {@code R = mean(a) / mean(w)}, times sqrt(n):
     * {@code sd(a - R w) / mean(w)}. Accuracy: a = correct, w = 1; precision: a = true positive, w = predicted
     * positive; recall: w = actual positive; F1: a = 2 TP, w = 2 TP + FP + FN.
     */
    static double ratioUnitError(String metric, int[] truth, int[] pred, int positive) {
        int n = truth.length;
        double[] a = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            boolean t = truth[i] == positive;
            boolean p = pred[i] == positive;
            switch (metric) {
                case "accuracy" -> {
                    a[i] = truth[i] == pred[i] ? 1 : 0;
                    w[i] = 1;
                }
                case "precision" -> {
                    a[i] = t && p ? 1 : 0;
                    w[i] = p ? 1 : 0;
                }
                case "recall" -> {
                    a[i] = t && p ? 1 : 0;
                    w[i] = t ? 1 : 0;
                }
                default -> {
                    a[i] = t && p ? 2 : 0;
                    w[i] = (t && p ? 2 : 0) + (t != p ? 1 : 0);
                }
            }
        }
        double sa = 0;
        double sw = 0;
        for (int i = 0; i < n; i++) {
            sa += a[i];
            sw += w[i];
        }
        if (sw == 0) {
            return Double.NaN;
        }
        double r = sa / sw;
        double[] resid = new double[n];
        for (int i = 0; i < n; i++) {
            resid[i] = a[i] - r * w[i];
        }
        return Math.sqrt(SampleMoments.variance(resid)) / (sw / n);
    }
}
