package dev.greenlight.drift;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to compare two datasets.
 *
 * @param columns              columns to compare; empty = every column the two have in common
 * @param test                 one test for every column (a {@link DriftTests} name); null = the automatic choice
 *                             ({@link TestChoice})
 * @param columnTests          a test per column, overriding both
 * @param threshold            one threshold for every column; null = each test's default
 * @param columnThresholds     a threshold per column, overriding it
 * @param correction           multiple-testing correction of the p-values across columns
 * @param datasetDriftShare    the dataset drifts when at least this share of the compared columns drift (0.5,
 *                             Evidently's default)
 * @param referenceThresholds  replace the thresholds of distance tests by ones learnt from the reference: the
 *                             mean plus 3 standard deviations of the distance between each of
 *                             {@code referenceChunks} chunks of the reference and the whole reference (NannyML's
 *                             default rule); needs raw reference data
 * @param referenceChunks      number of reference chunks for those thresholds
 * @param labels               columns that are labels (label drift)
 * @param predictions          columns that are model outputs (prediction drift)
 * @param multivariate         also run the domain classifier and the PCA reconstruction error (raw data only)
 * @param multivariateRows     rows sampled from each dataset for the multivariate methods
 * @param seed                 seed of every random choice (sampling, folds)
 * @param parameters           settings of the tests
 * @param minimumEffect        the smallest effect that matters to the team: under the default decision a column
 *                             drifts only when its effect size exceeds both this and what the reference shows
 *                             from chunk to chunk ({@link EffectThreshold}); 0 = any effect beyond the
 *                             reference's own variation
 */
public record DriftOptions(List<String> columns, String test, Map<String, String> columnTests, Double threshold,
                           Map<String, Double> columnThresholds, Correction correction, double datasetDriftShare,
                           boolean referenceThresholds, int referenceChunks, Set<String> labels,
                           Set<String> predictions, boolean multivariate, int multivariateRows, long seed,
                           TestParameters parameters, double minimumEffect) {

    public DriftOptions {
        columns = List.copyOf(columns);
        columnTests = Map.copyOf(columnTests);
        columnThresholds = Map.copyOf(columnThresholds);
        labels = Set.copyOf(labels);
        predictions = Set.copyOf(predictions);
        if (test != null) {
            DriftTests.named(test);
        }
        columnTests.values().forEach(DriftTests::named);
        if (!(datasetDriftShare > 0 && datasetDriftShare <= 1)) {
            throw new IllegalArgumentException("datasetDriftShare must be in (0, 1], got " + datasetDriftShare);
        }
        if (threshold != null && !(threshold >= 0)) {
            throw new IllegalArgumentException("threshold must be 0 or more (a p-value level or a distance), got "
                    + threshold);
        }
        columnThresholds.forEach((column, t) -> {
            if (!(t >= 0)) {
                throw new IllegalArgumentException("the threshold of " + column + " must be 0 or more, got " + t);
            }
        });
        if (!(minimumEffect >= 0)) {
            throw new IllegalArgumentException("minimumEffect must be 0 or more, got " + minimumEffect);
        }
        if (referenceChunks < 2) {
            throw new IllegalArgumentException("referenceChunks must be at least 2, got " + referenceChunks);
        }
    }

    /**
     * Automatic tests judged by the default decision (corrected p-value below 0.05 and effect beyond the
     * reference's chunk-to-chunk spread, 10 chunks), Benjamini-Hochberg, multivariate methods on 5,000 rows a side.
     */
    public static DriftOptions defaults() {
        return new DriftOptions(List.of(), null, Map.of(), null, Map.of(), Correction.BH, 0.5, false, 10, Set.of(),
                Set.of(), true, 5_000, 42, TestParameters.DEFAULTS, 0);
    }

    public DriftOptions withColumns(List<String> c) {
        return new DriftOptions(c, test, columnTests, threshold, columnThresholds, correction, datasetDriftShare,
                referenceThresholds, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withTest(String t) {
        return new DriftOptions(columns, t, columnTests, threshold, columnThresholds, correction, datasetDriftShare,
                referenceThresholds, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withThreshold(Double t) {
        return new DriftOptions(columns, test, columnTests, t, columnThresholds, correction, datasetDriftShare,
                referenceThresholds, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withCorrection(Correction c) {
        return new DriftOptions(columns, test, columnTests, threshold, columnThresholds, c, datasetDriftShare,
                referenceThresholds, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withMultivariate(boolean on) {
        return new DriftOptions(columns, test, columnTests, threshold, columnThresholds, correction,
                datasetDriftShare, referenceThresholds, referenceChunks, labels, predictions, on, multivariateRows,
                seed, parameters, minimumEffect);
    }

    public DriftOptions withReferenceThresholds(boolean on) {
        return new DriftOptions(columns, test, columnTests, threshold, columnThresholds, correction,
                datasetDriftShare, on, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withRoles(Set<String> labelColumns, Set<String> predictionColumns) {
        return new DriftOptions(columns, test, columnTests, threshold, columnThresholds, correction,
                datasetDriftShare, referenceThresholds, referenceChunks, labelColumns, predictionColumns,
                multivariate, multivariateRows, seed, parameters, minimumEffect);
    }

    public DriftOptions withColumnTests(Map<String, String> tests) {
        return new DriftOptions(columns, test, tests, threshold, columnThresholds, correction, datasetDriftShare,
                referenceThresholds, referenceChunks, labels, predictions, multivariate, multivariateRows, seed,
                parameters, minimumEffect);
    }

    public DriftOptions withMinimumEffect(double effect) {
        return new DriftOptions(columns, test, columnTests, threshold, columnThresholds, correction,
                datasetDriftShare, referenceThresholds, referenceChunks, labels, predictions, multivariate,
                multivariateRows, seed, parameters, effect);
    }

    ColumnRole roleOf(String column) {
        if (labels.contains(column)) {
            return ColumnRole.LABEL;
        }
        return predictions.contains(column) ? ColumnRole.PREDICTION : ColumnRole.FEATURE;
    }
}
