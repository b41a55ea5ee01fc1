package dev.greenlight.fairness;

import dev.greenlight.error.InvalidDataException;
import dev.greenlight.metrics.ClassificationOutcomes;
import dev.greenlight.metrics.Outcomes;
import dev.greenlight.metrics.RegressionOutcomes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fairness of one model across the groups of one sensitive attribute (or an intersection of several).
 * Binary classification: per-group {@link GroupRates} and the between-group {@link Disparities}. Regression: per
 * group the mean error (prediction − truth) and the mean absolute error, and the largest MAE gap.
 *
 * @param attribute  the attribute, or attributes joined by {@code " × "} for an intersection
 * @param rates      binary classification: rates per group, else empty
 * @param disparities binary classification: the disparities, else null
 * @param errors     regression: errors per group, else empty
 */
public record FairnessAssessment(String attribute, List<GroupRates> rates, Disparities disparities,
                                 List<GroupErrors> errors) {

    /**
     * Mean error and mean absolute error of a regressor on one group.
     *
     * @param group     the group's label
     * @param n         rows
     * @param meanError mean of prediction − truth (positive: over-predicted)
     * @param mae       mean absolute error
     */
    public record GroupErrors(String group, int n, double meanError, double mae) {
    }

    /**
     * Assesses outcomes split into groups.
     *
     * @param groups positions in {@code outcomes} by group label (see {@code select})
     */
    public static FairnessAssessment of(String attribute, Outcomes outcomes, Map<String, int[]> groups) {
        if (outcomes instanceof ClassificationOutcomes c) {
            if (!c.isBinary()) {
                throw new InvalidDataException("fairness rates need a binary task (one-vs-rest is not "
                        + "supported yet)");
            }
            List<GroupRates> rates = new ArrayList<>();
            groups.forEach((g, rows) -> rates.add(GroupRates.of(g, c.select(rows))));
            return new FairnessAssessment(attribute, rates, Disparities.of(rates), List.of());
        }
        RegressionOutcomes r = (RegressionOutcomes) outcomes;
        List<GroupErrors> errors = new ArrayList<>();
        groups.forEach((g, rows) -> errors.add(errors(g, (RegressionOutcomes) r.select(rows))));
        return new FairnessAssessment(attribute, List.of(), null, errors);
    }

    /** The largest difference of the mean absolute error between groups (regression); NaN for classification. */
    public double maeGap() {
        if (errors.size() < 2) {
            return Double.NaN;
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (GroupErrors e : errors) {
            min = Math.min(min, e.mae());
            max = Math.max(max, e.mae());
        }
        return max - min;
    }

    private static GroupErrors errors(String group, RegressionOutcomes o) {
        double[] w = o.weights();
        double total = 0;
        double err = 0;
        double abs = 0;
        for (int i = 0; i < o.size(); i++) {
            double wi = w == null ? 1 : w[i];
            double e = o.yPred()[i] - o.yTrue()[i];
            total += wi;
            err += wi * e;
            abs += wi * Math.abs(e);
        }
        return new GroupErrors(group, o.size(), total == 0 ? Double.NaN : err / total,
                total == 0 ? Double.NaN : abs / total);
    }

    /**
     * Joins per-attribute group labels into intersection groups: row i belongs to {@code "a=x, b=y"}.
     *
     * @param labels per attribute (in order), the group label of each row
     */
    public static Map<String, int[]> intersect(List<String> attributes, List<String[]> labels) {
        int n = labels.get(0).length;
        Map<String, List<Integer>> byKey = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            StringBuilder key = new StringBuilder();
            for (int a = 0; a < attributes.size(); a++) {
                key.append(a == 0 ? "" : ", ").append(attributes.get(a)).append('=').append(labels.get(a)[i]);
            }
            byKey.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
        }
        Map<String, int[]> out = new java.util.TreeMap<>();
        byKey.forEach((k, v) -> out.put(k, v.stream().mapToInt(Integer::intValue).toArray()));
        return out;
    }
}
