package dev.greenlight.metrics;

import dev.greenlight.error.InvalidDataException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns row outcomes into outcomes per evaluation unit (the segments of a video into the video, the transactions of a
 * customer into the customer), so a metric is computed on the unit the product is judged by.
 *
 * <p>Binary classification: a unit is truly positive when any of its rows is. Its score and prediction follow the
 * rule: {@code any} and {@code max} take the largest row score and predict positive when any row is predicted
 * positive; {@code mean} takes the mean row score and predicts positive when at least half the rows are. Regression:
 * truth and prediction are the mean ({@code mean}) or the largest ({@code max}) over the unit's rows. A unit's
 * weight is the sum of its rows' weights. Multiclass outcomes are not aggregated.
 */
public final class UnitAggregation {

    /** How a unit's rows combine. */
    public enum Rule {
        ANY, MEAN, MAX;

        public static Rule fromKey(String key) {
            return valueOf(key.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /**
     * The outcomes per unit, units in order of first appearance.
     *
     * @param units the unit key of each row of {@code o} (null rows are dropped)
     */
    public static Outcomes aggregate(Outcomes o, String[] units, Rule rule) {
        if (units.length != o.size()) {
            throw new InvalidDataException(units.length + " unit keys for " + o.size() + " rows");
        }
        List<int[]> groups = groups(units);
        if (o instanceof ClassificationOutcomes c) {
            if (!c.isBinary()) {
                throw new InvalidDataException("aggregation per unit needs a binary or regression task");
            }
            return binary(c, groups, rule);
        }
        return regression((RegressionOutcomes) o, groups, rule);
    }

    private UnitAggregation() {
    }

    static List<int[]> groups(String[] units) {
        Map<String, List<Integer>> byUnit = new java.util.LinkedHashMap<>();
        for (int i = 0; i < units.length; i++) {
            if (units[i] != null) {
                byUnit.computeIfAbsent(units[i], k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> out = new ArrayList<>(byUnit.size());
        byUnit.values().forEach(v -> out.add(v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }

    private static ClassificationOutcomes binary(ClassificationOutcomes c, List<int[]> groups, Rule rule) {
        int m = groups.size();
        int pos = c.positive();
        int neg = 1 - pos;
        int[] truth = new int[m];
        int[] pred = c.predictions() == null ? null : new int[m];
        double[] scores = c.hasScores() ? new double[m] : null;
        double[] rowScores = c.hasScores() ? c.scoresOf(pos) : null;
        int[] rowPred = c.predictions();
        double[] weights = c.weights() == null ? null : new double[m];
        for (int u = 0; u < m; u++) {
            int[] rows = groups.get(u);
            boolean anyTrue = false;
            int predictedPositive = 0;
            double max = Double.NEGATIVE_INFINITY;
            double sum = 0;
            double w = 0;
            for (int r : rows) {
                anyTrue |= c.yTrue()[r] == pos;
                if (rowPred != null && rowPred[r] == pos) {
                    predictedPositive++;
                }
                if (rowScores != null) {
                    max = Math.max(max, rowScores[r]);
                    sum += rowScores[r];
                }
                w += c.weights() == null ? 1 : c.weights()[r];
            }
            truth[u] = anyTrue ? pos : neg;
            if (pred != null) {
                boolean positive = rule == Rule.MEAN ? predictedPositive * 2 >= rows.length : predictedPositive > 0;
                pred[u] = positive ? pos : neg;
            }
            if (scores != null) {
                scores[u] = rule == Rule.MEAN ? sum / rows.length : max;
            }
            if (weights != null) {
                weights[u] = w;
            }
        }
        return ClassificationOutcomes.binary(c.labels(), pos, truth, pred, scores, weights);
    }

    private static RegressionOutcomes regression(RegressionOutcomes o, List<int[]> groups, Rule rule) {
        if (rule == Rule.ANY) {
            throw new InvalidDataException("'any' combines class labels; regression combines with mean or max");
        }
        int m = groups.size();
        double[] truth = new double[m];
        double[] pred = new double[m];
        double[] weights = o.weights() == null ? null : new double[m];
        for (int u = 0; u < m; u++) {
            int[] rows = groups.get(u);
            double t = rule == Rule.MAX ? Double.NEGATIVE_INFINITY : 0;
            double p = rule == Rule.MAX ? Double.NEGATIVE_INFINITY : 0;
            double w = 0;
            for (int r : rows) {
                if (rule == Rule.MAX) {
                    t = Math.max(t, o.yTrue()[r]);
                    p = Math.max(p, o.yPred()[r]);
                } else {
                    t += o.yTrue()[r];
                    p += o.yPred()[r];
                }
                w += o.weights() == null ? 1 : o.weights()[r];
            }
            truth[u] = rule == Rule.MAX ? t : t / rows.length;
            pred[u] = rule == Rule.MAX ? p : p / rows.length;
            if (weights != null) {
                weights[u] = w;
            }
        }
        return new RegressionOutcomes(truth, pred, weights);
    }

    /** Rows per unit, for reporting the unit sizes. */
    public static Map<String, Integer> sizes(String[] units) {
        Map<String, Integer> out = new HashMap<>();
        for (String u : units) {
            if (u != null) {
                out.merge(u, 1, Integer::sum);
            }
        }
        return out;
    }
}
