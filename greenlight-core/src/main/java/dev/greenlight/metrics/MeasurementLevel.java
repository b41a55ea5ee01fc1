package dev.greenlight.metrics;

import java.util.Locale;

/**
 * The level of measurement of ratings, which decides how Krippendorff's alpha weighs a disagreement between two
 * values c and k (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section C).
 */
public enum MeasurementLevel {
    /** Categories without order: every disagreement weighs 1. */
    NOMINAL,
    /**
     * Ranks: {@code delta^2 = (sum_(g = c..k) n_g - (n_c + n_k) / 2)^2}, with n_g the pairable values of rank g; a
     * disagreement weighs by how many values lie between the two ranks, not by their numeric distance.
     */
    ORDINAL,
    /** Numbers on an interval scale: {@code delta^2 = (c - k)^2}. */
    INTERVAL,
    /** Numbers with a true zero: {@code delta^2 = ((c - k) / (c + k))^2}. */
    RATIO;

    /** The name used in options and output: {@code nominal}, {@code ordinal}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the ratings must be numbers (interval, ratio) rather than ordered labels. */
    public boolean needsNumbers() {
        return this == INTERVAL || this == RATIO;
    }
}
