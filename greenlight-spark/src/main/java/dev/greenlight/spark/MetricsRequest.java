package dev.greenlight.spark;

import dev.greenlight.error.InvalidConfigException;
import dev.greenlight.metrics.Task;

import java.io.Serializable;

/**
 * What {@link GreenlightSpark#metrics} measures.
 *
 * @param task          binary, multiclass or regression
 * @param target        the column of true labels (classification) or values (regression)
 * @param score         binary: the column of scores of the positive class (probabilities for the threshold
 *                      grid); null for the other tasks
 * @param prediction    multiclass: the column of predicted labels; regression: of predicted values; binary: null
 *                      (predictions are {@code score >= threshold}, as {@code ClassificationOutcomes})
 * @param positive      binary: the positive label; null for the last label in scikit-learn's order
 *                      ({@code Labels.sorted}: 1 of 0/1, "yes" of no/yes)
 * @param threshold     binary: a row is predicted positive when its score is at least this (0.5 by default, the
 *                      single-machine rule)
 * @param thresholdBins binary: the confusion counts are also reported at the thresholds {@code i / thresholdBins}
 *                      for {@code i = 0..thresholdBins} (100 by default)
 * @param exactRanking  binary: also compute ROC AUC and average precision exactly through a distributed sort of
 *                      the scores (one more shuffle), besides the sketch estimates
 */
public record MetricsRequest(Task task, String target, String score, String prediction, String positive,
                             double threshold, int thresholdBins, boolean exactRanking) implements Serializable {
    /** The default decision threshold, that of {@code ClassificationOutcomes.predictions()}. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The default number of steps of the threshold grid. */
    public static final int DEFAULT_THRESHOLD_BINS = 100;

    public MetricsRequest {
        if (task == null || task == Task.FORECAST) {
            throw new InvalidConfigException("task must be binary, multiclass or regression, found "
                    + (task == null ? "none" : task.key()));
        }
        require(target, "target");
        if (task == Task.BINARY) {
            require(score, "score");
        } else {
            require(prediction, "prediction");
        }
        if (!(thresholdBins >= 1 && thresholdBins <= 100_000)) {
            throw new InvalidConfigException("the threshold grid needs 1 to 100000 steps, found " + thresholdBins);
        }
        if (!Double.isFinite(threshold)) {
            throw new InvalidConfigException("the threshold must be a finite number, found " + threshold);
        }
    }

    /** Binary metrics of a score column at the default threshold and grid, sketch estimates only. */
    public static MetricsRequest binary(String target, String score) {
        return new MetricsRequest(Task.BINARY, target, score, null, null, DEFAULT_THRESHOLD, DEFAULT_THRESHOLD_BINS,
                false);
    }

    /** Multiclass metrics of a column of predicted labels. */
    public static MetricsRequest multiclass(String target, String prediction) {
        return new MetricsRequest(Task.MULTICLASS, target, null, prediction, null, DEFAULT_THRESHOLD,
                DEFAULT_THRESHOLD_BINS, false);
    }

    /** Regression metrics of a column of predicted values. */
    public static MetricsRequest regression(String target, String prediction) {
        return new MetricsRequest(Task.REGRESSION, target, null, prediction, null, DEFAULT_THRESHOLD,
                DEFAULT_THRESHOLD_BINS, false);
    }

    /** The same request with the exact ranking metrics asked for. */
    public MetricsRequest withExactRanking() {
        return new MetricsRequest(task, target, score, prediction, positive, threshold, thresholdBins, true);
    }

    private static void require(String column, String role) {
        if (column == null || column.isBlank()) {
            throw new InvalidConfigException("the " + role + " column is required for this task");
        }
    }
}
