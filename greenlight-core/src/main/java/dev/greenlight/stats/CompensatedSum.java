package dev.greenlight.stats;

/**
 * Neumaier's compensated summation (Neumaier 1974, "Rundungsfehleranalyse einiger Verfahren zur Summation
 * endlicher Summen"): the error of a sum over millions of rows stays at a few ulps instead of growing with n.
 * Mutable; one instance per loop.
 */
final class CompensatedSum {
    private double sum;
    private double compensation;

    void add(double value) {
        double t = sum + value;
        if (Math.abs(sum) >= Math.abs(value)) {
            compensation += (sum - t) + value;
        } else {
            compensation += (value - t) + sum;
        }
        sum = t;
    }

    double value() {
        // once an infinity has been added the compensation is NaN; the plain sum is the answer then
        return Double.isFinite(sum) ? sum + compensation : sum;
    }
}
