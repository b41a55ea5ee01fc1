package dev.greenlight.baseline;

import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.PredictedClass;
import dev.greenlight.metrics.ScoreOrder;
import dev.greenlight.metrics.Task;
import dev.greenlight.text.Figures;

/**
 * The best single-feature threshold rule: a decision stump, scikit-learn's
 * {@code DecisionTreeClassifier(max_depth=1)} with the Gini criterion. It scans every design column of the
 * unstandardised {@link FeatureEncoding} (a numeric feature, a category indicator, a missing-value indicator) and
 * every threshold halfway between two consecutive distinct training values, and keeps the split {@code x <= t}
 * with the lowest (weighted) Gini impurity of its two sides; ties keep the first column and the lowest threshold.
 * Each side predicts its majority training class (ties to the first label), with its training class shares as
 * scores. With no split possible (no feature varies) it predicts like the most frequent class.
 */
final class ThresholdRule implements Baseline {

    @Override
    public String name() {
        return "threshold_rule";
    }

    @Override
    public String description() {
        return "best single-feature threshold rule (decision stump: scikit-learn DecisionTreeClassifier, "
                + "max_depth=1, Gini)";
    }

    @Override
    public boolean appliesTo(Task task) {
        return task.isClassification();
    }

    /** A split: column, threshold and its weighted Gini impurity. */
    private record Split(int column, double threshold, double impurity) {
    }

    @Override
    public BaselineFit fit(BaselineInput input) {
        ClassificationOutcomes t = (ClassificationOutcomes) input.test();
        TrainingTruth train = input.train();
        int k = t.classCount();
        FeatureEncoding design = FeatureEncoding.of(input, false);
        Split best = null;
        for (int j = 0; j < design.width(); j++) {
            Split s = bestSplit(j, design.train()[j], train, k);
            if (s != null && (best == null || s.impurity() < best.impurity())) {
                best = s;
            }
        }
        if (best == null) {
            ClassShares shares = ClassShares.of(train, k);
            return BaselineFit.of(MostFrequentClass.withPrior(t, shares.majority(), shares),
                    "no feature varies in training, so it predicts the most frequent class");
        }
        double[] x = design.train()[best.column()];
        double[][] leaf = new double[2][k];
        for (int i = 0; i < x.length; i++) {
            leaf[x[i] <= best.threshold() ? 0 : 1][train.classes()[i]] += train.weight(i);
        }
        normalise(leaf[0]);
        normalise(leaf[1]);
        int[] majority = {PredictedClass.argmax(leaf[0]), PredictedClass.argmax(leaf[1])};
        double[] xTest = design.test()[best.column()];
        int n = t.size();
        int[] yPred = new int[n];
        double[][] probs = new double[k][n];
        for (int i = 0; i < n; i++) {
            int side = xTest[i] <= best.threshold() ? 0 : 1;
            yPred[i] = majority[side];
            for (int c = 0; c < k; c++) {
                probs[c][i] = leaf[side][c];
            }
        }
        return BaselineFit.of(Predicted.classes(t, yPred, probs), summary(design.columns().get(best.column()), best.threshold(), t, majority));
    }

    /** The lowest-impurity split of one column, or null when the column is constant. */
    private static Split bestSplit(int column, double[] x, TrainingTruth train, int k) {
        ScoreOrder order = ScoreOrder.of(x);
        double[] total = new double[k];
        for (int i = 0; i < x.length; i++) {
            total[train.classes()[i]] += train.weight(i);
        }
        double[] left = new double[k];
        double[] right = new double[k];
        Split best = null;
        for (int pos = 0; pos < x.length - 1; pos++) {
            int row = order.row(pos);
            left[train.classes()[row]] += train.weight(row);
            double a = order.score(pos);
            double b = order.score(pos + 1);
            if (a == b) {
                continue;
            }
            for (int c = 0; c < k; c++) {
                right[c] = total[c] - left[c];
            }
            double impurity = weightedGini(left) + weightedGini(right);
            if (best == null || impurity < best.impurity()) {
                double threshold = (a + b) / 2.0;
                if (threshold >= b || Double.isInfinite(threshold)) {
                    threshold = a; // as scikit-learn: a midpoint that rounds up to b would put b on the left
                }
                best = new Split(column, threshold, impurity);
            }
        }
        return best;
    }

    /** {@code W * (1 - sum_c (w_c / W)^2)}: a side's Gini impurity times its weight. */
    private static double weightedGini(double[] counts) {
        double w = 0;
        double squares = 0;
        for (double c : counts) {
            w += c;
            squares += c * c;
        }
        return w > 0 ? w - squares / w : 0.0;
    }

    private static void normalise(double[] counts) {
        double w = 0;
        for (double c : counts) {
            w += c;
        }
        for (int c = 0; c < counts.length; c++) {
            counts[c] = w > 0 ? counts[c] / w : 0.0;
        }
    }

    private static String summary(FeatureEncoding.Encoded column, double threshold, ClassificationOutcomes t,
                                  int[] majority) {
        String low = "'" + t.labels().get(majority[0]) + "'";
        String high = "'" + t.labels().get(majority[1]) + "'";
        if (column.kind() == FeatureEncoding.Kind.NUMERIC) {
            return "if '" + column.feature() + "' <= " + Figures.format(threshold) + " then " + low + " else " + high;
        }
        return "if " + column.label() + " then " + high + " else " + low; // a 0/1 indicator: 1 lies above the cut
    }
}
