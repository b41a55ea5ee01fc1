package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.List;

/**
 * Area under the ROC curve, as {@code sklearn.metrics.roc_auc_score}: the trapezoidal area under the curve of true
 * against false positive rate, which equals the probability that a positive row outscores a negative one, ties
 * counting one half; with sample weights each (positive, negative) pair counts {@code w_i * w_j}. Multiclass:
 * one-vs-rest (each class against the others, averaged plainly or by prevalence) and one-vs-one (Hand &amp; Till
 * 2001, unweighted only, as scikit-learn).
 *
 * <p>Undefined (with a reason) when {@code y_true} holds only one class, where scikit-learn raises
 * {@code ValueError}, and when a score is NaN. Cost: one radix sort ({@code O(n)}) and one pass.
 */
public final class RocAuc {
    private static final String NAME = "roc_auc";

    private RocAuc() {
    }

    /**
     * AUC of a sorted score column, the kernel every other method uses. Each row counts with weight
     * {@code weights[r] * multiplicities[r]} (either array may be null for 1), so a bootstrap resample is evaluated
     * on the original sort by passing how many times each row was drawn.
     *
     * @return the AUC, or NaN when the positive or the negative rows have no weight
     */
    public static double area(ScoreOrder order, int[] yTrue, int positive, double[] weights, int[] multiplicities) {
        double negativesBelow = 0.0;
        double positives = 0.0;
        double pairs = 0.0;
        double[] run = new double[2];
        int n = order.size();
        for (int start = 0; start < n; ) {
            int end = order.runEnd(start);
            order.runWeights(start, end, yTrue, positive, weights, multiplicities, run);
            // positives of this run beat every negative below it and tie with the negatives of the run
            pairs += run[0] * (negativesBelow + 0.5 * run[1]);
            negativesBelow += run[1];
            positives += run[0];
            start = end;
        }
        return positives > 0 && negativesBelow > 0 ? pairs / (positives * negativesBelow) : Double.NaN;
    }

    /**
     * Unweighted AUC of {@code scores} for labels 1 (positive) and 0: the Mann-Whitney probability that a positive
     * outscores a negative, ties counting one half ({@code sklearn.metrics.roc_auc_score}). NaN when a class is
     * absent.
     *
     * @throws InvalidDataException when a score is NaN
     */
    public static double of(double[] scores, double[] labels) {
        if (scores.length != labels.length) {
            throw new InvalidDataException(scores.length + " scores for " + labels.length + " labels");
        }
        int[] yTrue = new int[labels.length];
        for (int i = 0; i < yTrue.length; i++) {
            yTrue[i] = labels[i] == 1 ? 1 : 0;
        }
        return area(ScoreOrder.of(scores), yTrue, 1, null, null);
    }

    /**
     * Hanley and McNeil (1982), "The meaning and use of the area under a ROC curve", Radiology 143, eq. 2:
     * {@code SE^2 = (A(1-A) + (n1-1)(Q1-A^2) + (n0-1)(Q2-A^2)) / (n1 n0)}, {@code Q1 = A/(2-A)},
     * {@code Q2 = 2A^2/(1+A)}.
     */
    public static double hanleyMcNeilStandardError(double auc, long positives, long negatives) {
        double q1 = auc / (2 - auc);
        double q2 = 2 * auc * auc / (1 + auc);
        double v = (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc))
                / ((double) positives * negatives);
        return Math.sqrt(Math.max(0, v));
    }

    /**
     * ROC AUC of the outcomes: binary, of the positive class's scores; multiclass, one-vs-rest macro average (the
     * catalogue's {@code roc_auc}).
     */
    public static MetricValue of(ClassificationOutcomes o) {
        return o.isBinary() ? binary(o) : oneVsRest(o, false);
    }

    /** Binary ROC AUC of the positive class's scores. */
    public static MetricValue binary(ClassificationOutcomes o) {
        String problem = scoreProblem(o);
        if (problem != null) {
            return MetricValue.undefined(NAME, o.size(), "ROC AUC is undefined: " + problem);
        }
        double[] scores = o.scoresOf(o.positive());
        double auc = area(ScoreOrder.of(scores), o.yTrue(), o.positive(), o.weights(), null);
        if (Double.isNaN(auc)) {
            return MetricValue.undefined(NAME, o.size(), "ROC AUC is undefined: " + oneClassReason(o));
        }
        return MetricValue.of(NAME, auc, o.size());
    }

    /**
     * One-vs-rest ROC AUC: the AUC of each class against all others, averaged plainly ({@code average='macro'}) or
     * weighted by each class's (weighted) count in {@code y_true} ({@code average='weighted'}). A binary outcome
     * gives its binary AUC, as scikit-learn does.
     */
    public static MetricValue oneVsRest(ClassificationOutcomes o, boolean weightedByPrevalence) {
        String name = weightedByPrevalence ? "roc_auc_ovr_weighted" : NAME;
        if (o.isBinary()) {
            return rename(binary(o), name);
        }
        String problem = scoreProblem(o);
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), "ROC AUC is undefined: " + problem);
        }
        int classes = o.classCount();
        double[] prevalence = new double[classes];
        for (int i = 0; i < o.size(); i++) {
            prevalence[o.yTrue()[i]] += Checks.weight(o.weights(), i);
        }
        double sum = 0.0;
        double weightSum = 0.0;
        for (int k = 0; k < classes; k++) {
            double auc = area(ScoreOrder.of(o.scoresOf(k)), o.yTrue(), k, o.weights(), null);
            if (Double.isNaN(auc)) {
                return MetricValue.undefined(name, o.size(), "one-vs-rest ROC AUC is undefined: "
                        + classAbsentReason(o.labels(), k, prevalence[k]));
            }
            double w = weightedByPrevalence ? prevalence[k] : 1.0;
            sum += w * auc;
            weightSum += w;
        }
        return MetricValue.of(name, sum / weightSum, o.size());
    }

    /**
     * One-vs-one ROC AUC of Hand &amp; Till (2001), as {@code roc_auc_score(multi_class='ovo', average='macro')}: for
     * each pair of classes (a, b), the mean of the AUC of a's scores separating a from b and of b's scores separating
     * b from a, on the rows of those two classes; then the mean over pairs. Undefined with sample weights, which
     * scikit-learn rejects for this average. A binary outcome gives its binary AUC.
     */
    public static MetricValue oneVsOne(ClassificationOutcomes o) {
        String name = "roc_auc_ovo";
        if (o.isBinary()) {
            return rename(binary(o), name);
        }
        if (o.weights() != null) {
            return MetricValue.undefined(name, o.size(), "one-vs-one ROC AUC is defined without sample weights only "
                    + "(Hand & Till 2001; scikit-learn rejects them)");
        }
        String problem = scoreProblem(o);
        if (problem != null) {
            return MetricValue.undefined(name, o.size(), "ROC AUC is undefined: " + problem);
        }
        int classes = o.classCount();
        int[] y = o.yTrue();
        double sum = 0.0;
        int pairs = 0;
        for (int a = 0; a < classes; a++) {
            for (int b = a + 1; b < classes; b++) {
                int[] rows = rowsOfClasses(y, a, b);
                int[] yPair = Arrays2.select(y, rows);
                double aucA = area(ScoreOrder.of(Arrays2.select(o.scoresOf(a), rows)), yPair, a, null, null);
                double aucB = area(ScoreOrder.of(Arrays2.select(o.scoresOf(b), rows)), yPair, b, null, null);
                if (Double.isNaN(aucA) || Double.isNaN(aucB)) {
                    int absent = Double.isNaN(aucA) && countOf(yPair, a) == 0 ? a : b;
                    return MetricValue.undefined(name, o.size(), "one-vs-one ROC AUC is undefined: "
                            + classAbsentReason(o.labels(), absent, 0.0));
                }
                sum += (aucA + aucB) / 2.0;
                pairs++;
            }
        }
        return MetricValue.of(name, sum / pairs, o.size());
    }

    static String scoreProblem(ClassificationOutcomes o) {
        if (!o.hasScores()) {
            return "no scores or probabilities were given";
        }
        if (o.probabilities() != null) {
            for (int k = 0; k < o.classCount(); k++) {
                String p = Checks.nanProblem("the score of class '" + o.labels().get(k) + "'", o.probabilities()[k]);
                if (p != null) {
                    return p;
                }
            }
            return null;
        }
        return Checks.nanProblem("y_score", o.positiveScores());
    }

    /** "y_true has only one class (1)", naming the class the rows have (or saying that no row has weight). */
    static String oneClassReason(ClassificationOutcomes o) {
        double pos = 0.0;
        double neg = 0.0;
        for (int i = 0; i < o.size(); i++) {
            if (o.isPositive(i)) {
                pos += Checks.weight(o.weights(), i);
            } else {
                neg += Checks.weight(o.weights(), i);
            }
        }
        if (pos <= 0 && neg <= 0) {
            return "no rows with positive weight";
        }
        int only = pos > 0 ? o.positive() : 1 - o.positive();
        return "y_true has only one class (" + o.labels().get(only) + ")";
    }

    private static String classAbsentReason(List<String> labels, int k, double prevalence) {
        return prevalence > 0 ? "every row of y_true is class '" + labels.get(k) + "'"
                : "class '" + labels.get(k) + "' has no rows in y_true";
    }

    private static int[] rowsOfClasses(int[] y, int a, int b) {
        int count = countOf(y, a) + countOf(y, b);
        int[] rows = new int[count];
        int j = 0;
        for (int i = 0; i < y.length; i++) {
            if (y[i] == a || y[i] == b) {
                rows[j++] = i;
            }
        }
        return rows;
    }

    private static int countOf(int[] y, int k) {
        int c = 0;
        for (int v : y) {
            if (v == k) {
                c++;
            }
        }
        return c;
    }

    private static MetricValue rename(MetricValue v, String name) {
        return new MetricValue(name, v.value(), v.n(), v.undefinedReason());
    }
}
