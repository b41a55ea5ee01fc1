package dev.greenlight.metrics;

import java.util.List;

/**
 * Precision, recall and F1 of each class and their averages, as {@code sklearn.metrics.precision_recall_fscore_support}
 * with {@code labels} = all labels and {@code zero_division=0}: precision {@code tp / predicted}, recall
 * {@code tp / support}, F1 {@code 2 P R / (P + R)}; a 0/0 gives 0 (a class never predicted has precision 0, a class
 * absent from y_true recall 0). The binary scores (precision of the positive class) are the per-class entries.
 */
public final class PerClassScores {
    private final List<String> labels;
    private final double[] truePositives;
    private final double[] predicted;
    private final double[] support;

    private PerClassScores(List<String> labels, double[] truePositives, double[] predicted, double[] support) {
        this.labels = labels;
        this.truePositives = truePositives;
        this.predicted = predicted;
        this.support = support;
    }

    static PerClassScores of(ConfusionMatrix cm) {
        int k = cm.size();
        double[] tp = new double[k];
        double[] pred = new double[k];
        double[] sup = new double[k];
        for (int c = 0; c < k; c++) {
            tp[c] = cm.count(c, c);
            pred[c] = cm.predictedTotal(c);
            sup[c] = cm.trueTotal(c);
        }
        return new PerClassScores(cm.labels(), tp, pred, sup);
    }

    public List<String> labels() {
        return labels;
    }

    /** Weighted count of each class in y_true. */
    public double[] support() {
        return support.clone();
    }

    public double[] precision() {
        double[] out = new double[labels.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = divide(truePositives[c], predicted[c]);
        }
        return out;
    }

    public double[] recall() {
        double[] out = new double[labels.size()];
        for (int c = 0; c < out.length; c++) {
            out[c] = divide(truePositives[c], support[c]);
        }
        return out;
    }

    public double[] f1() {
        double[] p = precision();
        double[] r = recall();
        double[] out = new double[p.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = harmonicMean(p[c], r[c]);
        }
        return out;
    }

    public double precision(Averaging averaging) {
        return averaging == Averaging.MICRO ? divide(sum(truePositives), sum(predicted))
                : average(precision(), averaging);
    }

    public double recall(Averaging averaging) {
        return averaging == Averaging.MICRO ? divide(sum(truePositives), sum(support)) : average(recall(), averaging);
    }

    public double f1(Averaging averaging) {
        return averaging == Averaging.MICRO ? harmonicMean(precision(Averaging.MICRO), recall(Averaging.MICRO))
                : average(f1(), averaging);
    }

    private double average(double[] perClass, Averaging averaging) {
        double sum = 0.0;
        double weights = 0.0;
        for (int c = 0; c < perClass.length; c++) {
            double w = averaging == Averaging.WEIGHTED ? support[c] : 1.0;
            sum += w * perClass[c];
            weights += w;
        }
        return divide(sum, weights);
    }

    /** zero_division=0: a 0/0 counts as 0. */
    private static double divide(double a, double b) {
        return b == 0.0 ? 0.0 : a / b;
    }

    private static double harmonicMean(double p, double r) {
        double denominator = p + r;
        return denominator == 0.0 ? 0.0 : 2.0 * p * r / denominator;
    }

    private static double sum(double[] values) {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
