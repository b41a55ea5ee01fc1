package dev.greenlight.drift;

import dev.greenlight.stats.SortedSample;

/**
 * One side of a numeric comparison: the exact present values of a column, or its profile's sketch. Tests that
 * need the exact values ({@link #sorted()} non-null) reject a sketch; the others work on both, with an error
 * bounded by {@link #rankError()}.
 */
public interface NumericSample {
    /** Number of present values. */
    long size();

    double mean();

    /** Population standard deviation ({@code ddof = 0}, as numpy's {@code std}). */
    double standardDeviation();

    /** The sorted values, or null for a sketch. */
    SortedSample sorted();

    /** Quantile at probability p in [0, 1], interpolated linearly between order statistics (numpy's default). */
    double quantile(double p);

    /** Share of values strictly below x. */
    double shareBelow(double x);

    /** Values and weights whose weighted ECDF is the sample's (exactly, or within {@link #rankError()}). */
    double[][] weightedValues();

    /** Normalised rank error of the ECDF (0 when exact). */
    double rankError();
}
