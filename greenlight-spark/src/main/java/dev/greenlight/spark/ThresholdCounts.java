package dev.greenlight.spark;

/**
 * The exact confusion counts of "predicted positive when the score is at least {@code threshold}".
 */
record ThresholdCounts(double threshold, long truePositives, long falsePositives, long trueNegatives,
                              long falseNegatives) {
    /** Recall, the true positive rate; NaN without positives. */
    public double truePositiveRate() {
        long p = truePositives + falseNegatives;
        return p == 0 ? Double.NaN : (double) truePositives / p;
    }

    /** The false positive rate; NaN without negatives. */
    public double falsePositiveRate() {
        long n = falsePositives + trueNegatives;
        return n == 0 ? Double.NaN : (double) falsePositives / n;
    }
}
