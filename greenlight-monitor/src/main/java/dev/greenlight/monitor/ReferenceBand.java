package dev.greenlight.monitor;

/**
 * NannyML's {@code StandardDeviationThreshold}: the mean of a figure over the reference chunks plus and minus
 * {@code sigmas} population standard deviations (numpy's {@code std}, ddof 0), clipped to the figure's range.
 * A value outside the band alerts. NaN values are left out; with fewer than two values the band is undefined and
 * nothing alerts on it.
 *
 * @param lower the lower threshold (NaN when undefined)
 * @param upper the upper threshold (NaN when undefined)
 */
record ReferenceBand(double lower, double upper) {
    static final ReferenceBand NONE = new ReferenceBand(Double.NaN, Double.NaN);

    static ReferenceBand of(double[] referenceValues, double sigmas, double min, double max) {
        double sum = 0;
        int n = 0;
        for (double v : referenceValues) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        if (n < 2) {
            return NONE;
        }
        double mean = sum / n;
        double ss = 0;
        for (double v : referenceValues) {
            if (!Double.isNaN(v)) {
                ss += (v - mean) * (v - mean);
            }
        }
        double sd = Math.sqrt(ss / n);
        return new ReferenceBand(Math.max(min, mean - sigmas * sd), Math.min(max, mean + sigmas * sd));
    }

    boolean defined() {
        return !Double.isNaN(lower);
    }

    /** Outside the band (never for a NaN value or an undefined band). */
    boolean outside(double v) {
        return defined() && !Double.isNaN(v) && (v < lower || v > upper);
    }

    boolean above(double v) {
        return defined() && !Double.isNaN(v) && v > upper;
    }
}
