package dev.greenlight.monitor;

import java.util.Map;

/**
 * Everything measured on one chunk. Maps are keyed by metric or column name, in a stable order.
 *
 * @param period       reference or analysis
 * @param index        0-based position of the chunk within its period
 * @param firstRow     0-based position of the chunk's first row in that period's table (inclusive)
 * @param lastRow      0-based position of its last row (inclusive)
 * @param start        the chunk's first timestamp (ISO 8601), or for period chunks the period's start; null
 *                     without timestamps
 * @param end          the chunk's last timestamp, or the next period's start; null without timestamps
 * @param rows         rows in the chunk
 * @param labelledRows rows with a known target
 * @param partial      the last chunk of a period with fewer rows than the others (size chunking) or a calendar
 *                     period the data does not cover to its end
 * @param realized     performance measured on the labelled rows
 * @param estimated    performance estimated without labels (CBPE, DLE)
 * @param drift        per feature: the drift statistic against the whole reference
 * @param multivariate domain classifier and PCA reconstruction error against the reference; null when not run
 * @param quality      per feature: missing, unseen and out-of-range shares
 * @param labelDelay   when labels carry their own timestamps: the delay distribution; null otherwise
 */
public record ChunkResult(Period period, int index, int firstRow, int lastRow, String start, String end, int rows,
                          int labelledRows, boolean partial, Map<String, Realized> realized,
                          Map<String, Estimated> estimated, Map<String, Drift> drift, Multivariate multivariate,
                          Map<String, Quality> quality, LabelDelay labelDelay) {

    public ChunkResult {
        realized = Map.copyOf(realized);
        estimated = Map.copyOf(estimated);
        drift = Map.copyOf(drift);
        quality = Map.copyOf(quality);
    }

    /** A short name for messages: {@code analysis chunk 3 (2016-04-01)}. */
    public String describe() {
        return period.key() + " chunk " + index + (start == null ? "" : " (" + start + ")");
    }

    /**
     * A realized metric with its interval and its reference band.
     *
     * @param value           the metric on the chunk's labelled rows (as {@code greenlight metrics} computes it)
     * @param ciLow           lower end of its 95% interval (NaN when none)
     * @param ciHigh          upper end
     * @param method          how the interval was made
     * @param lowerThreshold  the reference chunks' mean minus {@code sigmas} standard deviations, clipped to the
     *                        metric's range
     * @param upperThreshold  the mean plus {@code sigmas} standard deviations
     * @param alert           the value lies outside the band, or worse than its goal
     * @param undefinedReason why there is no value, or null
     */
    public record Realized(double value, double ciLow, double ciHigh, String method, double lowerThreshold,
                           double upperThreshold, boolean alert, String undefinedReason) {
    }

    /**
     * An estimated metric.
     *
     * @param value          the estimate (CBPE or DLE)
     * @param samplingError  its standard error at this chunk's size (NannyML's SEM rule)
     * @param lowerThreshold the band learnt from the reference chunks' realized values
     * @param upperThreshold its upper end
     * @param alert          the estimate lies outside the band, or worse than its goal
     */
    public record Estimated(double value, double samplingError, double lowerThreshold, double upperThreshold,
                            boolean alert) {
        /** {@code value} plus and minus 3 standard errors: where the realized value should lie about 99% of times. */
        public double bandLow() {
            return value - 3 * samplingError;
        }

        public double bandHigh() {
            return value + 3 * samplingError;
        }
    }

    /**
     * The drift of one feature in this chunk against the whole reference.
     *
     * @param test           the drift engine's test (registry name)
     * @param statistic      its statistic or distance
     * @param pValue         its p-value (NaN for distances)
     * @param upperThreshold the reference chunks' mean statistic plus {@code sigmas} standard deviations
     * @param alert          the statistic is above it
     */
    public record Drift(String test, double statistic, double pValue, double upperThreshold, boolean alert) {
    }

    /**
     * Multivariate drift of the chunk against the reference.
     *
     * @param domainClassifierAuc  cross-validated AUC of a classifier telling the chunk's rows from the reference's
     * @param domainClassifierUpper the reference chunks' mean AUC plus {@code sigmas} standard deviations
     * @param domainClassifierAlert the AUC is above it
     * @param reconstructionError  mean PCA reconstruction error of the chunk's rows (NaN with fewer than two
     *                             numeric features)
     * @param reconstructionLower  the reference chunks' band
     * @param reconstructionUpper  its upper end
     * @param reconstructionAlert  the error is outside the band
     */
    public record Multivariate(double domainClassifierAuc, double domainClassifierUpper, boolean domainClassifierAlert,
                               double reconstructionError, double reconstructionLower, double reconstructionUpper,
                               boolean reconstructionAlert) {
    }

    /**
     * Data quality of one feature in this chunk.
     *
     * @param missing         share of rows without a value
     * @param missingAlert    more missing values than the reference rate allows by chance
     * @param unseen          categorical: share of present values in no reference category
     * @param unseenAlert     more than chance allows (the reference's own rate of new categories between chunks)
     * @param outOfRange      numeric: share of present values outside the reference's [min, max]
     * @param outOfRangeAlert more than chance allows
     */
    public record Quality(double missing, boolean missingAlert, double unseen, boolean unseenAlert,
                          double outOfRange, boolean outOfRangeAlert) {
        public boolean alert() {
            return missingAlert || unseenAlert || outOfRangeAlert;
        }
    }

    /**
     * How long the chunk's labels took to arrive, in seconds from the row's timestamp to the label's.
     *
     * @param labels number of labels with both timestamps
     * @param median median delay
     * @param p90    90th percentile (linear interpolation, numpy's default)
     * @param max    longest delay
     */
    public record LabelDelay(int labels, double median, double p90, double max) {
    }
}
