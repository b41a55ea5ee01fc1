package dev.greenlight.config;

import dev.greenlight.fairness.Disparities;

import java.util.Objects;
import java.util.Set;

/**
 * The checks' thresholds and settings ({@code checks:} in a configuration), typed, each default written once: as a
 * constant of the section's record below. {@link ConfigLoader} binds the YAML section onto {@link #DEFAULTS} (the
 * JSON Schema has already checked each key's type and range); {@code CheckSettingsDocsTest} keeps these constants,
 * the schema's {@code default} keywords and docs/configuration.md in agreement.
 *
 * <p>A key is named in the configuration in snake case ({@code max_window_spread}) and here in camel case
 * ({@code maxWindowSpread}); a null default means "none" (the option is off, or its value is derived from the
 * data, as its Javadoc says).
 *
 * @param metricsDefinition item 2's settings
 * @param baseline          item 1's settings
 * @param benchmark         item 3's settings
 * @param responsibleAi     item 9's fairness limits
 * @param dataDistribution  item 5's settings
 * @param groundTruth       item 4's settings
 * @param integration       item 7's settings
 * @param configured        the keys the team set ({@code baseline.margin}), so a result can say whether a threshold
 *                          is the default or the team's
 */
public record CheckSettings(MetricsDefinition metricsDefinition, Baseline baseline, Benchmark benchmark,
                           ResponsibleAi responsibleAi, DataDistribution dataDistribution, GroundTruth groundTruth,
                           Integration integration, Set<String> configured) {

    public static final CheckSettings DEFAULTS = new CheckSettings(MetricsDefinition.DEFAULTS, Baseline.DEFAULTS,
            Benchmark.DEFAULTS, ResponsibleAi.DEFAULTS, DataDistribution.DEFAULTS, GroundTruth.DEFAULTS,
            Integration.DEFAULTS, Set.of());

    public CheckSettings {
        Objects.requireNonNull(metricsDefinition, "metricsDefinition");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(responsibleAi, "responsibleAi");
        Objects.requireNonNull(dataDistribution, "dataDistribution");
        Objects.requireNonNull(groundTruth, "groundTruth");
        Objects.requireNonNull(integration, "integration");
        configured = Set.copyOf(configured);
    }

    /** Whether the team set {@code section.key} (snake case, as in the configuration). */
    public boolean isSet(String sectionDotKey) {
        return configured.contains(sectionDotKey);
    }

    /**
     * Where a threshold came from, for a report: {@code "checks.baseline.margin"} when the team set it,
     * {@code "default of checks.baseline.margin"} otherwise.
     */
    public String source(String sectionDotKey) {
        return (isSet(sectionDotKey) ? "" : "default of ") + "checks." + sectionDotKey;
    }

    /**
     * {@code checks.metrics_definition}.
     *
     * @param maxWindowSpread largest difference of the primary metric between scoring windows, relative to the whole
     *                        period's value, before it is flagged
     * @param minWindowRows   windows with fewer labelled rows are shown but not judged
     * @param maxUnitGap      largest difference between the metric per evaluation unit and per row
     */
    public record MetricsDefinition(double maxWindowSpread, int minWindowRows, double maxUnitGap) {
        public static final double DEFAULT_MAX_WINDOW_SPREAD = 0.1;
        public static final int DEFAULT_MIN_WINDOW_ROWS = 30;
        public static final double DEFAULT_MAX_UNIT_GAP = 0.05;
        public static final MetricsDefinition DEFAULTS = new MetricsDefinition(DEFAULT_MAX_WINDOW_SPREAD,
                DEFAULT_MIN_WINDOW_ROWS, DEFAULT_MAX_UNIT_GAP);
    }

    /**
     * {@code checks.baseline}.
     *
     * @param margin how much better than the strongest baseline the model must be on the primary metric
     * @param season forecasting: the seasonal naive baseline's season length; null: no seasonal baseline
     * @param window forecasting: the moving-average baseline's window
     */
    public record Baseline(double margin, Integer season, int window) {
        public static final double DEFAULT_MARGIN = 0.0;
        public static final int DEFAULT_WINDOW = 3;
        public static final Baseline DEFAULTS = new Baseline(DEFAULT_MARGIN, null, DEFAULT_WINDOW);
    }

    /**
     * {@code checks.benchmark}.
     *
     * @param maxGap         largest train-test difference of the primary metric, relative to train, before
     *                       overfitting is flagged
     * @param minSliceSize   slices with fewer test rows are too small to judge; null: max(30, 1% of the test rows)
     * @param segmentAlpha   level of the corrected p-values in the weak-segment search
     * @param estimateMargin the precision (±) the primary metric should be known to, as a share of its value
     * @param monitoringDrop the drop monitoring must detect, as a share of the metric's value
     */
    public record Benchmark(double maxGap, Integer minSliceSize, double segmentAlpha, double estimateMargin,
                            double monitoringDrop) {
        public static final double DEFAULT_MAX_GAP = 0.05;
        public static final double DEFAULT_SEGMENT_ALPHA = 0.05;
        public static final double DEFAULT_ESTIMATE_MARGIN = 0.02;
        public static final double DEFAULT_MONITORING_DROP = 0.05;
        public static final Benchmark DEFAULTS = new Benchmark(DEFAULT_MAX_GAP, null, DEFAULT_SEGMENT_ALPHA,
                DEFAULT_ESTIMATE_MARGIN, DEFAULT_MONITORING_DROP);

        /** The smallest slice judged on a test set of {@code testRows} rows. */
        public int minSliceSize(int testRows) {
            return minSliceSize != null ? minSliceSize : Math.max(30, testRows / 100);
        }
    }

    /**
     * {@code checks.responsible_ai}: fairness limits (Fairlearn's definitions, docs/fairness.md).
     *
     * @param maxDemographicParityDifference   largest difference of selection rates between groups
     * @param minDisparateImpactRatio          smallest ratio of selection rates (the four-fifths rule)
     * @param maxEqualizedOddsDifference       largest equalized-odds difference
     * @param maxEqualOpportunityDifference    largest difference of true positive rates
     * @param maxMaeGap                        regression: largest difference of the MAE between groups, relative to
     *                                         the overall MAE
     * @param minGroupSize                     groups with fewer test rows are shown but not judged
     * @param hard                             whether a missed limit fails the item (true) or warns (false)
     */
    public record ResponsibleAi(double maxDemographicParityDifference, double minDisparateImpactRatio,
                                double maxEqualizedOddsDifference, double maxEqualOpportunityDifference,
                                double maxMaeGap, int minGroupSize, boolean hard) {
        public static final double DEFAULT_MAX_DEMOGRAPHIC_PARITY_DIFFERENCE = 0.1;
        public static final double DEFAULT_MIN_DISPARATE_IMPACT_RATIO = Disparities.FOUR_FIFTHS;
        public static final double DEFAULT_MAX_EQUALIZED_ODDS_DIFFERENCE = 0.1;
        public static final double DEFAULT_MAX_EQUAL_OPPORTUNITY_DIFFERENCE = 0.1;
        public static final double DEFAULT_MAX_MAE_GAP = 0.25;
        public static final int DEFAULT_MIN_GROUP_SIZE = 30;
        public static final boolean DEFAULT_HARD = false;
        public static final ResponsibleAi DEFAULTS = new ResponsibleAi(DEFAULT_MAX_DEMOGRAPHIC_PARITY_DIFFERENCE,
                DEFAULT_MIN_DISPARATE_IMPACT_RATIO, DEFAULT_MAX_EQUALIZED_ODDS_DIFFERENCE,
                DEFAULT_MAX_EQUAL_OPPORTUNITY_DIFFERENCE, DEFAULT_MAX_MAE_GAP, DEFAULT_MIN_GROUP_SIZE, DEFAULT_HARD);
    }

    /**
     * {@code checks.data_distribution} (the drift engine's options, docs/drift.md).
     *
     * @param test                one test for every column; null: the automatic choice
     * @param threshold           one threshold for every column; null: each test's own
     * @param correction          multiple-testing correction across columns: benjamini-hochberg, bonferroni, none
     * @param referenceThresholds learn the distance thresholds from chunks of the training data (NannyML's rule)
     * @param minEffect           the smallest effect size that matters
     * @param maxDriftedShare     share of drifted features (train vs test or validation) above which the item fails
     * @param window              with a timestamp column, the calendar window for drift over time
     */
    public record DataDistribution(String test, Double threshold, String correction, boolean referenceThresholds,
                                   double minEffect, double maxDriftedShare, String window) {
        public static final String DEFAULT_CORRECTION = "benjamini-hochberg";
        public static final boolean DEFAULT_REFERENCE_THRESHOLDS = false;
        public static final double DEFAULT_MIN_EFFECT = 0.0;
        public static final double DEFAULT_MAX_DRIFTED_SHARE = 0.25;
        public static final String DEFAULT_WINDOW = "month";
        public static final DataDistribution DEFAULTS = new DataDistribution(null, null, DEFAULT_CORRECTION,
                DEFAULT_REFERENCE_THRESHOLDS, DEFAULT_MIN_EFFECT, DEFAULT_MAX_DRIFTED_SHARE, DEFAULT_WINDOW);
    }

    /**
     * {@code checks.ground_truth}.
     *
     * @param minAlpha with rater columns: the lowest Krippendorff's alpha before the item warns (Krippendorff 2004:
     *                 0.667 is the lowest acceptable for tentative conclusions)
     */
    public record GroundTruth(double minAlpha) {
        public static final double DEFAULT_MIN_ALPHA = 0.667;
        public static final GroundTruth DEFAULTS = new GroundTruth(DEFAULT_MIN_ALPHA);
    }

    /**
     * {@code checks.integration}.
     *
     * @param maxRescoreDisagreement the largest share of rows whose recorded prediction differs from the model's own
     * @param rescoreTolerance       a recorded score differs when |recorded - rescored| > tolerance *
     *                               max(1, |recorded|)
     */
    public record Integration(double maxRescoreDisagreement, double rescoreTolerance) {
        public static final double DEFAULT_MAX_RESCORE_DISAGREEMENT = 0.0;
        public static final double DEFAULT_RESCORE_TOLERANCE = 1e-6;
        public static final Integration DEFAULTS = new Integration(DEFAULT_MAX_RESCORE_DISAGREEMENT,
                DEFAULT_RESCORE_TOLERANCE);
    }
}
